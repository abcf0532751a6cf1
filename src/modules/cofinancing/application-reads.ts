import { BaseSqlitePlatform, type EntityManager } from '@mikro-orm/knex';

import { canReadCase, caseScope, type Actor } from '../../core/auth/policy';
import { BadUserInputError, ForbiddenError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import { sqlOf } from '../../core/orm/orm';
import { isUuid } from '../../core/text';
import { asDate } from '../../core/workflow/case-store';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { CofinancingApplication } from './cofinancing.entity';
import type { ApplicationsArgs } from './cofinancing.inputs';
import { canOrderByScore } from './cofinancing.policy';
import { ApplicationOrderBy, ApplicationType } from './cofinancing.type';

/** The application of a case the actor may read (null otherwise: another entity's looks missing). */
export async function findApplication(em: EntityManager, actor: Actor, caseId: string): Promise<ApplicationType | null> {
  const kase = isUuid(caseId)
    ? await em.findOne(WorkflowCase, { id: caseId, process: 'COFINANCING_APPLICATION' }, { refresh: true })
    : null;
  if (!kase || !canReadCase(actor, kase)) return null;
  return ApplicationType.from(kase, await em.findOne(CofinancingApplication, { caseId }, { refresh: true }));
}

/**
 * A page of a call's applications the actor may see (all, their entity's, or those they
 * evaluate), by creation or by score (unscored last), with keyset cursors.
 */
export async function applicationsPage(
  em: EntityManager,
  actor: Actor,
  callId: string,
  args: ApplicationsArgs,
): Promise<ConnectionResult<ApplicationType>> {
  const db = sqlOf(em);
  const sqlite = em.getPlatform() instanceof BaseSqlitePlatform;
  const scope = caseScope(actor);
  const base = db('workflow_case as c')
    .leftJoin('cofinancing_application as a', 'a.case_id', 'c.id')
    .where({ 'c.call_id': callId, 'c.process': 'COFINANCING_APPLICATION' });
  if (scope.kind === 'NONE') base.whereRaw('1 = 0');
  if (scope.kind === 'ENTITY') base.where('c.entity_code', scope.entityCode);
  if (scope.kind === 'ASSIGNEE') base.where('c.assignee', scope.subject);
  if (scope.kind === 'EVALUATOR') base.whereIn('c.id', db('evaluator_assignment').select('case_id').where('evaluator', scope.subject));
  if (args.filter?.state) base.where('c.state', args.filter.state);
  const byScore = args.orderBy === ApplicationOrderBy.SCORE_DESC;
  if (byScore && !canOrderByScore(actor)) {
    throw new ForbiddenError('El orden por puntaje es de la coordinación y los auditores: revelaría puntajes que su rol no ve');
  }
  const score = db.raw('coalesce(a.score_hundredths, -1)');
  const page = base.clone().select('c.id', 'c.created_at');
  if (args.after) {
    if (byScore) {
      // The cursor names the last application only; its score is looked up, never carried. It
      // must be one the caller sees: an anchor forged from another application's id would tell
      // whether that application scores above the caller's own.
      const [id] = decodeCursor(args.after, args.orderBy, 1);
      const visible = isUuid(id) ? await base.clone().where('c.id', id).first('c.id') : undefined;
      if (!visible)
        throw new BadUserInputError('Cursor inválido: use el endCursor de una página de esta misma consulta', {
          path: 'after',
          code: ProblemCode.INVALID_FORMAT,
        });
      const anchor = db.raw('(select coalesce(max(x.score_hundredths), -1) from cofinancing_application as x where x.case_id = ?)', [id]);
      page.where((q) => q.where(score, '<', anchor).orWhere((q2) => q2.where(score, '=', anchor).andWhere('c.id', '>', id)));
    } else {
      const [key, id] = decodeCursor(args.after, args.orderBy, 2);
      const at = new Date(key);
      if (Number.isNaN(at.getTime())) throw new BadUserInputError('Cursor inválido', { path: 'after', code: ProblemCode.INVALID_FORMAT });
      const instant = sqlite ? at.getTime() : at;
      page.where((q) =>
        q.where('c.created_at', '>', instant).orWhere((q2) => q2.where('c.created_at', '=', instant).andWhere('c.id', '>', id)),
      );
    }
  }
  if (byScore) page.orderByRaw('coalesce(a.score_hundredths, -1) desc, c.id asc');
  else
    page.orderBy([
      { column: 'c.created_at', order: 'asc' },
      { column: 'c.id', order: 'asc' },
    ]);
  const [rows, [{ n }]] = await Promise.all([
    args.first === 0 ? Promise.resolve([]) : page.limit(args.first + 1),
    base.clone().count({ n: '*' }),
  ]);
  const ids = (rows as { id: string }[]).map((r) => r.id);
  const [cases, apps] = ids.length
    ? await Promise.all([em.find(WorkflowCase, { id: { $in: ids } }), em.find(CofinancingApplication, { caseId: { $in: ids } })])
    : [[], []];
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const appById = new Map(apps.map((a) => [a.caseId, a]));
  return toConnection({
    rows: rows as { id: string; created_at: Date | number | string }[],
    first: args.first,
    after: args.after,
    totalCount: Number(n),
    cursorOf: (r) => encodeCursor(args.orderBy, byScore ? [r.id] : [asDate(r.created_at).toISOString(), r.id]),
    toNode: (r) => ApplicationType.from(caseById.get(r.id)!, appById.get(r.id) ?? null),
  });
}
