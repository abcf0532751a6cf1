import type { EntityManager } from '@mikro-orm/knex';

import type { AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { clip, isUuid, problemsText } from '../../core/text';
import type { OpenInit } from '../../core/workflow/ports';
import { requireValidatedAssessment } from '../maturity/validated-assessment';
import { MembershipRole, PersonStatus } from '../people/person.entity';
import { AccompanimentRequest, type SessionModality } from './accompaniment.entity';

/** What the entity asks for (RequestAccompanimentInput, validated by its decorators). */
export interface RequestData {
  topic: AccompanimentTopic;
  dimensions: string[];
  description: string;
  /** Null when the request names none and the requester has no person in the directory. */
  contactPersonId: string | null;
  modality: SessionModality;
}

/** Topics that build on a validated assessment: the programme's rule for requests (help to apply the model needs none). */
export const needsValidatedAssessment = (topic: AccompanimentTopic): boolean => topic !== 'ASSESSMENT_SUPPORT';

const ENTITY_ROLES = [MembershipRole.REPRESENTATIVE, MembershipRole.TIC_LEADER, MembershipRole.MEMBER];

/**
 * Which of the ids are active persons holding a current membership in one of `roles` — of the
 * entity `entityCode`, or of the ministry when it is null. Through the EntityManager, so it runs in
 * its transaction (on SQLite the connection's own would wait for the transaction's connection).
 */
export async function activePeopleWith(
  em: EntityManager,
  ids: readonly string[],
  entityCode: string | null,
  roles: readonly MembershipRole[],
): Promise<Set<string>> {
  // Only well-formed ids reach the database (PostgreSQL refuses a malformed uuid with an error).
  const personIds = ids.filter(isUuid);
  if (!personIds.length) return new Set();
  const rows = await em.execute<{ id: string }[]>(
    `select distinct p.id from person p join membership m on m.person_id = p.id where p.status = ? and m.ended_at is null and m.entity_code ${entityCode === null ? 'is null' : '= ?'} and m.role in (${roles.map(() => '?').join(', ')}) and p.id in (${personIds.map(() => '?').join(', ')})`,
    [PersonStatus.ACTIVE, ...(entityCode === null ? [] : [entityCode]), ...roles, ...personIds],
  );
  return new Set(rows.map((r) => String(r.id)));
}

/** Which of the ids are the entity's people (its representative, TIC leader and members): who can be contacts and invitees. */
export const entityPeople = (em: EntityManager, entityCode: string, ids: readonly string[]) =>
  activePeopleWith(em, ids, entityCode, ENTITY_ROLES);

/** The request's problems against the directory and the model: every one, at its input path. */
export async function requestProblems(
  em: EntityManager,
  entityCode: string,
  data: RequestData,
  dimensionCodes: readonly string[],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  data.dimensions.forEach((code, i) => {
    if (!dimensionCodes.includes(code))
      problems.push({
        path: `input.dimensions[${i}]`,
        code: ProblemCode.UNKNOWN,
        message: `el modelo no tiene la dimensión ${clip(code)}; las dimensiones son ${dimensionCodes.join(', ')}`,
      });
    else if (seen.has(code))
      problems.push({ path: `input.dimensions[${i}]`, code: ProblemCode.DUPLICATE, message: `la dimensión ${code} está repetida` });
    seen.add(code);
  });
  if (!data.description.trim() || data.description.trim().length < 20)
    problems.push({
      path: 'input.description',
      code: ProblemCode.TOO_SHORT,
      message: 'describa lo que necesita en al menos 20 caracteres',
    });
  if (data.contactPersonId === null)
    problems.push({ path: 'input.contactPersonId', code: ProblemCode.REQUIRED, message: 'indique la persona de contacto de la entidad' });
  else if (!(await entityPeople(em, entityCode, [data.contactPersonId])).has(data.contactPersonId))
    problems.push({
      path: 'input.contactPersonId',
      code: ProblemCode.UNKNOWN,
      message: 'la persona de contacto debe ser una persona activa del directorio con membresía vigente en la entidad',
    });
  return problems;
}

/** An instant as either database gives it back (SQLite: epoch milliseconds; PostgreSQL: a Date), in milliseconds; 0 when absent. */
function millis(v: unknown): number {
  if (v == null) return 0;
  const t = v instanceof Date ? v.getTime() : /^\d+$/.test(String(v)) ? Number(v) : Date.parse(String(v));
  return Number.isFinite(t) ? t : 0;
}

/**
 * The latest validated assessment of the entity (its case id), any cycle; null when it has none.
 * "Latest" is the assessment's own order, never the case's `updatedAt` (any later runtime entry on
 * an old validated case, an amendment or a reassignment, would move it ahead): the cycle's year
 * first, then the instant it was validated (its VALIDATE entry in the history; the scoring instant
 * or the opening for a case without one, e.g. a seeded one), then the id. The request, the
 * diagnosis and the roadmap's PDF all start from this one. Read in the caller's transaction.
 */
export async function latestValidatedAssessment(em: EntityManager, entityCode: string): Promise<string | null> {
  const knex = sqlOf(em);
  const rows: { id: string; year: number | string | null; validated_at: unknown; scored_at: unknown; created_at: unknown }[] = await knex(
    'workflow_case as c',
  )
    .leftJoin('cycle as y', 'y.id', 'c.cycle_id')
    .leftJoin('assessment_score as s', 's.case_id', 'c.id')
    .where({ 'c.process': 'MATURITY_ASSESSMENT', 'c.entity_code': entityCode, 'c.state': 'validated' })
    .select(
      'c.id',
      'y.year',
      's.scored_at',
      'c.created_at',
      knex('case_history as h').max('h.at').where('h.event', 'VALIDATE').andWhere('h.case_id', knex.ref('c.id')).as('validated_at'),
    );
  // Sorted here (an entity has a few, about one a cycle): the databases order nulls differently.
  const ranked = rows
    .map((r) => ({
      id: String(r.id),
      year: r.year == null ? 0 : Number(r.year),
      at: millis(r.validated_at) || millis(r.scored_at) || millis(r.created_at),
    }))
    .sort((x, y) => y.year - x.year || y.at - x.at || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
  return ranked[0]?.id ?? null;
}

/**
 * What opening a version 2 request writes: the topic goes into the machine's context (its guards
 * choose the path by it), the request row into the opening transaction, and the programme's rule
 * (a validated assessment of the current or previous cycle, except to get help applying the
 * model) is checked there, against the instant of the runtime's clock.
 */
export function requestInit(data: RequestData, dimensionCodes: readonly string[]): OpenInit {
  return {
    payload: { ...data },
    input: { topic: data.topic },
    async write(db, kase, at) {
      const em = db();
      if (needsValidatedAssessment(data.topic)) await requireValidatedAssessment(em, kase.entityCode, at);
      const problems = await requestProblems(em, kase.entityCode, data, dimensionCodes);
      if (problems.length) throw new BadUserInputError(`No se registró la solicitud: ${problemsText(problems)}`, { problems });
      const row: AccompanimentRequest = {
        caseId: kase.id,
        topic: data.topic,
        dimensions: data.dimensions,
        description: data.description.trim(),
        contactPersonId: data.contactPersonId!,
        modality: data.modality,
        assessmentCaseId: await latestValidatedAssessment(em, kase.entityCode),
        createdAt: at,
        surveyScore: null,
        surveyComment: null,
        surveyBy: null,
        surveyAt: null,
      };
      await em.insert(AccompanimentRequest, row);
    },
  };
}
