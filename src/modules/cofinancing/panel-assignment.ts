import { BaseSqlitePlatform, type EntityManager, type Knex } from '@mikro-orm/knex';

import { BadUserInputError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { problemsText } from '../../core/text';
import type { ProcessAssignments } from '../../core/workflow/ports';
import { assignmentProblems } from '../people/assignable';
import { EvaluatorAssignment } from './cofinancing.entity';

const EVALUATING = 'technicalEvaluation';

/**
 * Panel seats that still await their evaluator's work: on an application in technical evaluation,
 * not yet scored, and without a declared conflict (a conflicted evaluator is out of the evaluation).
 */
function openSeats(em: EntityManager): Knex.QueryBuilder {
  const db = sqlOf(em);
  const no = em.getPlatform() instanceof BaseSqlitePlatform ? 0 : false;
  return db('evaluator_assignment as a')
    .join('workflow_case as c', 'c.id', 'a.case_id')
    .where('c.process', 'COFINANCING_APPLICATION')
    .where('c.state', EVALUATING)
    .whereNull('a.submitted_at')
    .where((q) => q.whereNull('a.conflict').orWhere('a.conflict', no));
}

/** An application's open work is its panel's: each evaluator's seat until they score (or declare a conflict). */
export const panelAssignments: ProcessAssignments = {
  async openWork(em, subjects) {
    const rows: { evaluator: string; n: number | string }[] = await openSeats(em)
      .whereIn('a.evaluator', [...subjects])
      .groupBy('a.evaluator')
      .select('a.evaluator', sqlOf(em).raw('count(*) as n'));
    return new Map(rows.map((r) => [r.evaluator, Number(r.n)]));
  },
  async openCases(em, subject) {
    const rows: { id: string }[] = await openSeats(em)
      .where('a.evaluator', subject)
      .orderBy([{ column: 'c.created_at' }, { column: 'c.id' }])
      .select('c.id as id');
    return rows.map((r) => String(r.id));
  },
  /**
   * The new evaluator takes the seat as a fresh one: assigned now, by the coordinator, with no
   * declaration (they declare their own conflict of interest before scoring).
   */
  async reassign(db, actor, kase, move, at) {
    if (kase.state !== EVALUATING) {
      throw new PreconditionFailedError('NOT_IN_EVALUATION', 'La postulación ya no está en evaluación técnica: su panel no cambia');
    }
    const em = db();
    const seats = await em.find(EvaluatorAssignment, { caseId: kase.id }, { refresh: true });
    const seat = seats.find((s) => s.evaluator === move.from);
    if (!seat) throw new PreconditionFailedError('NOT_ASSIGNED', 'La persona que sale no está en el panel de esta postulación');
    if (seat.submittedAt) {
      throw new PreconditionFailedError(
        'EVALUATION_ALREADY_SUBMITTED',
        'La persona que sale ya radicó su evaluación: cuenta en el promedio',
      );
    }
    if (seat.conflict) {
      throw new PreconditionFailedError(
        'EVALUATOR_CONFLICTED',
        'La persona que sale declaró un conflicto de interés: ya está fuera de la evaluación',
      );
    }
    if (seats.some((s) => s.evaluator === move.to)) {
      throw new BadUserInputError('La persona que recibe ya está en el panel de esta postulación', {
        path: 'input.toPersonId',
        code: ProblemCode.DUPLICATE,
      });
    }
    const problems = await assignmentProblems(em, [move.to], 'EVALUATOR', () => 'input.toPersonId', kase.entityCode);
    if (problems.length) throw new BadUserInputError(`No se reasignó: ${problemsText(problems)}`, { problems });
    await em.nativeDelete(EvaluatorAssignment, { caseId: kase.id, evaluator: move.from });
    await em.insert(EvaluatorAssignment, freshSeat(kase.id, move.to, actor.subject, at));
    const context = (kase.snapshot as { context?: Record<string, unknown> }).context ?? {};
    const list = (key: string) => (Array.isArray(context[key]) ? (context[key] as string[]) : []);
    return {
      context: {
        ...context,
        evaluators: list('evaluators').map((e) => (e === move.from ? move.to : e)),
        declared: list('declared').filter((e) => e !== move.from),
      },
      // Told like an assignment: notifyEvaluators addresses the evaluators the entry names.
      effects: ['notifyEvaluators'],
      payload: { evaluators: [move.to] },
    };
  },
};

/** A panel seat as assignment makes it: no declaration, no score yet. */
export function freshSeat(caseId: string, evaluator: string, assignedBy: string, assignedAt: Date): EvaluatorAssignment {
  return {
    caseId,
    evaluator,
    assignedBy,
    assignedAt,
    conflict: null,
    conflictNote: null,
    declaredAt: null,
    scoreHundredths: null,
    submittedAt: null,
  };
}
