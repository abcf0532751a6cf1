import type { ProcessId } from '../../../workflows/registry';

import type { Orm } from '../orm/orm';
import type { ProcessRules } from './ports';

/**
 * The work assigned to people across processes: each process's `assignments` port answers for its
 * own cases (an accompaniment's advisor, a panel's pending seats); processes without people to
 * assign have none. Read-only: moving a seat is the runtime's `reassign`.
 */
export class OpenWork {
  constructor(
    private readonly orm: Orm,
    /** The runtime's table of process rules (filled once every module's services exist). */
    private readonly processes: Partial<Record<ProcessId, ProcessRules>>,
  ) {}

  /** For each subject, how many open cases await their work (a subject with none is absent). */
  async of(subjects: readonly string[]): Promise<Map<string, number>> {
    const total = new Map<string, number>();
    if (!subjects.length) return total;
    const em = this.orm.em.fork();
    for (const rules of Object.values(this.processes)) {
      if (!rules?.assignments) continue;
      for (const [subject, n] of await rules.assignments.openWork(em, subjects)) total.set(subject, (total.get(subject) ?? 0) + n);
    }
    return total;
  }

  /** The open cases where the subject holds a seat a reassignment would move. */
  async casesOf(subject: string): Promise<string[]> {
    const em = this.orm.em.fork();
    const ids: string[] = [];
    for (const rules of Object.values(this.processes)) {
      if (rules?.assignments) ids.push(...(await rules.assignments.openCases(em, subject)));
    }
    return ids;
  }
}
