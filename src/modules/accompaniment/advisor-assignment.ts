import { BaseSqlitePlatform, type EntityManager } from '@mikro-orm/knex';

import { BadUserInputError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { problemsText } from '../../core/text';
import type { ProcessAssignments } from '../../core/workflow/ports';
import { assignmentProblems } from '../people/assignable';

/**
 * Refuses an advisor who is not an active person of the directory with a current ADVISOR
 * membership, at `path`. A blank advisor is the machine's guard's to refuse (REQUIRED).
 */
export async function checkAdvisor(em: EntityManager, advisor: unknown, path: string): Promise<void> {
  if (typeof advisor !== 'string' || !advisor.trim()) return;
  const problems = await assignmentProblems(em, [advisor.trim()], 'ADVISOR', () => path);
  if (problems.length) throw new BadUserInputError(`No se asignó el asesor o asesora: ${problemsText(problems)}`, { problems });
}

/** `final = false` in either database (SQLite keeps booleans as 0/1). */
const notFinal = (em: EntityManager): boolean | number => (em.getPlatform() instanceof BaseSqlitePlatform ? 0 : false);

/** An accompaniment's open work is its advisor's: every case assigned to them that has not ended. */
export const accompanimentAssignments: ProcessAssignments = {
  async openWork(em, subjects) {
    const rows: { assignee: string; n: number | string }[] = await sqlOf(em)('workflow_case')
      .where({ process: 'ACCOMPANIMENT', final: notFinal(em) })
      .whereIn('assignee', [...subjects])
      .groupBy('assignee')
      .select('assignee', sqlOf(em).raw('count(*) as n'));
    return new Map(rows.map((r) => [r.assignee, Number(r.n)]));
  },
  async openCases(em, subject) {
    const rows: { id: string }[] = await sqlOf(em)('workflow_case')
      .where({ process: 'ACCOMPANIMENT', final: notFinal(em), assignee: subject })
      .orderBy([{ column: 'created_at' }, { column: 'id' }])
      .select('id');
    return rows.map((r) => String(r.id));
  },
  async reassign(db, _actor, kase, move) {
    if (kase.assignee !== move.from) {
      throw new PreconditionFailedError('NOT_ASSIGNED', 'La persona que sale no es el asesor o asesora de este acompañamiento');
    }
    if (move.to === move.from) {
      throw new BadUserInputError('La persona que recibe es la misma que sale', {
        path: 'input.toPersonId',
        code: ProblemCode.INCONSISTENT,
      });
    }
    await checkAdvisor(db(), move.to, 'input.toPersonId');
    const context = (kase.snapshot as { context?: Record<string, unknown> }).context ?? {};
    return { context: { ...context, assignee: move.to }, effects: ['notifyAssignee'] };
  },
};
