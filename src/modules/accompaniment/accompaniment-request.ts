import type { EntityManager } from '@mikro-orm/knex';

import type { AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import { clip, problemsText } from '../../core/text';
import { WorkflowCase } from '../../core/workflow/case.entity';
import type { OpenInit } from '../../core/workflow/ports';
import { requireValidatedAssessment } from '../maturity/validated-assessment';
import { MembershipRole, PersonStatus } from '../people/person.entity';
import { AccompanimentRequest, type SessionModality } from './accompaniment.entity';

/** What the entity asks for (RequestAccompanimentInput, validated by its decorators). */
export interface RequestData {
  topic: AccompanimentTopic;
  dimensions: string[];
  description: string;
  contactPersonId: string;
  modality: SessionModality;
}

/** Topics that build on a validated assessment: the programme's rule for requests (help to apply the model needs none). */
export const needsValidatedAssessment = (topic: AccompanimentTopic): boolean => topic !== 'ASSESSMENT_SUPPORT';

const ENTITY_ROLES = [MembershipRole.REPRESENTATIVE, MembershipRole.TIC_LEADER, MembershipRole.MEMBER];

/** Whether each person is active and holds a current membership of the entity (its people, who can be contacts and invitees). */
export async function entityPeople(em: EntityManager, entityCode: string, personIds: readonly string[]): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  // Through the EntityManager, so the query runs in its transaction (the connection's own would
  // wait for the transaction's connection on SQLite, whose pool has one).
  const rows = await em.execute<{ id: string }[]>(
    `select distinct p.id from person p join membership m on m.person_id = p.id where p.status = ? and m.ended_at is null and m.entity_code = ? and m.role in (${ENTITY_ROLES.map(() => '?').join(', ')}) and p.id in (${personIds.map(() => '?').join(', ')})`,
    [PersonStatus.ACTIVE, entityCode, ...ENTITY_ROLES, ...personIds],
  );
  return new Set(rows.map((r) => String(r.id)));
}

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
        path: `input.dimensions.${i}`,
        code: ProblemCode.UNKNOWN,
        message: `el modelo no tiene la dimensión ${clip(code)}; las dimensiones son ${dimensionCodes.join(', ')}`,
      });
    else if (seen.has(code))
      problems.push({ path: `input.dimensions.${i}`, code: ProblemCode.DUPLICATE, message: `la dimensión ${code} está repetida` });
    seen.add(code);
  });
  if (!data.description.trim() || data.description.trim().length < 20)
    problems.push({
      path: 'input.description',
      code: ProblemCode.TOO_SHORT,
      message: 'describa lo que necesita en al menos 20 caracteres',
    });
  if (!(await entityPeople(em, entityCode, [data.contactPersonId])).has(data.contactPersonId))
    problems.push({
      path: 'input.contactPersonId',
      code: ProblemCode.UNKNOWN,
      message: 'la persona de contacto debe ser una persona activa del directorio con membresía vigente en la entidad',
    });
  return problems;
}

/** The latest validated assessment of the entity (its case id), any cycle; null when it has none. */
export async function latestValidatedAssessment(em: EntityManager, entityCode: string): Promise<string | null> {
  const found = await em.findOne(
    WorkflowCase,
    { process: 'MATURITY_ASSESSMENT', entityCode, state: 'validated' },
    { orderBy: { updatedAt: 'desc', id: 'desc' }, fields: ['id'] },
  );
  return found?.id ?? null;
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
        contactPersonId: data.contactPersonId,
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
