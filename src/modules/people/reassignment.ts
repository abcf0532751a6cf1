import type { Knex } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { Principal } from '../../core/auth/principal';
import { AppError, BadUserInputError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode, type Problem } from '../../core/errors/problems';
import { isUuid, problemsText } from '../../core/text';
import type { OpenWork } from '../../core/workflow/open-work';
import type { WorkflowRuntime } from '../../core/workflow/workflow-runtime';
import type { PeopleDirectory } from './people-directory';
import { MembershipRole, PersonStatus } from './person.entity';

export interface ReassignmentRequest {
  fromPersonId: string;
  toPersonId: string;
  reason: string;
}

/** What one reassignment did: the cases moved, and those that could not be (with why), each on its own. */
export interface ReassignmentResult {
  moved: string[];
  refused: { caseId: string; reason: string }[];
}

/** The roles whose open work moves: an advisor's cases and an evaluator's panel seats. */
const TAKES_WORK: ReadonlySet<string> = new Set([MembershipRole.ADVISOR, MembershipRole.EVALUATOR]);

interface PersonFacts {
  id: string;
  subject: string;
  pseudonym: string;
  status: string;
  role: string | null;
}

/**
 * Moves every open case of a departing person (the accompaniments they advise, their pending panel
 * seats) to another active advisor or evaluator, each case through the workflow runtime in its own
 * transaction: a `REASSIGN` history entry per case, the new holder told, and a case that cannot be
 * moved (wrong role for it, already on that panel, a conflict with the entity, changed meanwhile)
 * reported with its reason while the others move. The departing person's audit trail records it.
 */
export async function reassignOpenCases(
  deps: { knex: Knex; runtime: WorkflowRuntime; openWork: OpenWork; people: PeopleDirectory; logger: Logger },
  principal: Principal,
  requestId: string,
  request: ReassignmentRequest,
): Promise<ReassignmentResult> {
  const reason = request.reason.trim();
  const problems: Problem[] = [];
  if (reason.length < 10 || reason.length > 2000)
    problems.push({ path: 'input.reason', code: lengthCode(reason, 10), message: 'los motivos deben tener entre 10 y 2000 caracteres' });
  for (const field of ['fromPersonId', 'toPersonId'] as const)
    if (!isUuid(request[field]))
      problems.push({ path: `input.${field}`, code: ProblemCode.INVALID_FORMAT, message: 'no es un identificador de persona válido' });
  if (!problems.length && request.fromPersonId === request.toPersonId)
    problems.push({ path: 'input.toPersonId', code: ProblemCode.INCONSISTENT, message: 'es la misma persona que sale' });
  if (problems.length) throw new BadUserInputError(`No se reasignó: ${problemsText(problems)}`, { problems });

  const rows: PersonFacts[] = await deps
    .knex('person as p')
    .leftJoin('membership as m', (j) => j.on('m.person_id', 'p.id').onNull('m.ended_at'))
    .whereIn('p.id', [request.fromPersonId, request.toPersonId])
    .select('p.id', 'p.subject', 'p.pseudonym', 'p.status', 'm.role');
  const from = rows.find((r) => String(r.id) === request.fromPersonId);
  const to = rows.find((r) => String(r.id) === request.toPersonId);
  if (!from) problems.push({ path: 'input.fromPersonId', code: ProblemCode.UNKNOWN, message: 'no es una persona del directorio' });
  if (!to) problems.push({ path: 'input.toPersonId', code: ProblemCode.UNKNOWN, message: 'no es una persona del directorio' });
  else if (to.status !== PersonStatus.ACTIVE || !TAKES_WORK.has(to.role ?? ''))
    problems.push({
      path: 'input.toPersonId',
      code: ProblemCode.NOT_ALLOWED,
      message: 'no es un(a) asesor(a) ni un(a) evaluador(a) activo(a) del directorio',
    });
  if (problems.length || !from || !to) throw new BadUserInputError(`No se reasignó: ${problemsText(problems)}`, { problems });

  const result: ReassignmentResult = { moved: [], refused: [] };
  const move = { from: from.subject, to: to.subject, reason };
  for (const caseId of await deps.openWork.casesOf(from.subject)) {
    try {
      await deps.runtime.reassign(principal, caseId, move, { requestId });
      result.moved.push(caseId);
    } catch (err) {
      // Only the error's kind: a driver's message may quote the statement's values (subjects are e-mails).
      if (!(err instanceof AppError))
        deps.logger.error(
          { caseId, requestId, error: (err as Error)?.name, code: (err as { code?: unknown })?.code },
          'reassignment of a case failed',
        );
      result.refused.push({
        caseId,
        reason: err instanceof AppError ? err.message : 'Error interno: el trámite no se reasignó; intente de nuevo',
      });
    }
  }
  await deps.people.audit(deps.knex, {
    personId: String(from.id),
    actorPersonId: principal.personId ?? null,
    action: 'REASSIGNED',
    role: from.role,
    reason: `${reason} (a ${to.pseudonym}: ${result.moved.length} reasignados, ${result.refused.length} no reasignados)`,
  });
  return result;
}
