import type { EntityManager, Knex } from '@mikro-orm/knex';

import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { isUuid, problemsText } from '../../core/text';
import { MembershipRole, PersonStatus } from './person.entity';

/** The ministry roles a case is assigned to: the accompaniment's advisor and the evaluators of a panel. */
export type AssignedRole = typeof MembershipRole.ADVISOR | typeof MembershipRole.EVALUATOR;

export const NOT_ASSIGNABLE: Record<AssignedRole, string> = {
  ADVISOR: 'no es un(a) asesor(a) activo(a) del directorio',
  EVALUATOR: 'no es un(a) evaluador(a) activo(a) del directorio',
};

export const EVALUATOR_CONFLICT = 'tiene o tuvo una membresía en la entidad que postula: conflicto de interés';

/**
 * Why each subject may not be assigned with `role` (an empty list: all may): they must be an active
 * person of the directory whose current membership is that role, and an evaluator must never have
 * belonged to the applying entity (`entityCode`), in any role, current or ended. Read through `em`,
 * so inside a transition it reads in the transition's transaction. `pathOf(i)` is where the i-th
 * subject was given (`input.advisor`, `input.evaluators[1]`). Subjects are never echoed in messages.
 */
export async function assignmentProblems(
  em: EntityManager,
  subjects: readonly string[],
  role: AssignedRole,
  pathOf: (index: number) => string,
  entityCode?: string,
): Promise<Problem[]> {
  if (!subjects.length) return [];
  const db = sqlOf(em);
  const wanted = [...new Set(subjects)];
  const rows: { subject: string; status: string; role: string | null }[] = await db('person as p')
    .leftJoin('membership as m', (j) => j.on('m.person_id', 'p.id').onNull('m.ended_at'))
    .whereIn('p.subject', wanted)
    .select('p.subject', 'p.status', 'm.role');
  const assignable = new Set(rows.filter((r) => r.status === PersonStatus.ACTIVE && r.role === role).map((r) => r.subject));
  const conflicted = entityCode ? await belongedTo(db, wanted, entityCode) : new Set<string>();
  return subjects.flatMap((subject, i): Problem[] => {
    if (!assignable.has(subject)) return [{ path: pathOf(i), code: ProblemCode.NOT_ALLOWED, message: NOT_ASSIGNABLE[role] }];
    if (conflicted.has(subject)) return [{ path: pathOf(i), code: ProblemCode.INCONSISTENT, message: EVALUATOR_CONFLICT }];
    return [];
  });
}

/** The subjects that hold or held any membership of the entity. */
async function belongedTo(db: Knex | Knex.Transaction, subjects: string[], entityCode: string): Promise<Set<string>> {
  const rows: { subject: string }[] = await db('membership as m')
    .join('person as p', 'p.id', 'm.person_id')
    .whereIn('p.subject', subjects)
    .where('m.entity_code', entityCode)
    .distinct('p.subject');
  return new Set(rows.map((r) => r.subject));
}

/**
 * The subjects of people named by id (an assignment's `advisorId`, `evaluatorIds`), in order; a
 * malformed or unknown id is a problem at its path (the same refusal as a subject that is nobody).
 */
export async function subjectsOfPeople(
  em: EntityManager,
  ids: readonly string[],
  role: AssignedRole,
  pathOf: (index: number) => string,
): Promise<{ subjects: string[]; problems: Problem[] }> {
  const valid = ids.filter(isUuid);
  const rows: { id: string; subject: string }[] = valid.length
    ? await sqlOf(em)('person')
        .whereIn('id', [...new Set(valid)])
        .select('id', 'subject')
    : [];
  const subjectOf = new Map(rows.map((r) => [String(r.id), String(r.subject)]));
  const problems: Problem[] = [];
  const subjects = ids.map((id, i) => {
    if (!isUuid(id))
      problems.push({ path: pathOf(i), code: ProblemCode.INVALID_FORMAT, message: 'no es un identificador de persona válido' });
    else if (!subjectOf.has(id)) problems.push({ path: pathOf(i), code: ProblemCode.NOT_ALLOWED, message: NOT_ASSIGNABLE[role] });
    return subjectOf.get(id) ?? '';
  });
  return { subjects, problems };
}

/** How an assignment names who is assigned: by subject (`advisor`) or by person id (`advisorId`), one of the two. */
export interface AssigneeForms<T extends string | string[]> {
  /** The input's field names, e.g. `advisor` and `advisorId`. */
  fields: { subject: string; id: string };
  subject: T | null | undefined;
  id: T | null | undefined;
}

/**
 * The subjects an assignment names, in whichever form it used (exactly one: both or neither is a
 * BAD_USER_INPUT); ids are read from the directory, and an unknown one is refused at its path.
 * `byId` tells the caller to move the rules' problems from the subject field to the id field.
 */
export async function assignedSubjects<T extends string | string[]>(
  em: EntityManager,
  role: AssignedRole,
  forms: AssigneeForms<T>,
): Promise<{ subjects: T; byId: boolean }> {
  const { fields } = forms;
  const given = (v: unknown) => v !== null && v !== undefined;
  if (given(forms.subject) === given(forms.id)) {
    const both = given(forms.subject);
    throw new BadUserInputError(
      both
        ? `Indique ${fields.subject} o ${fields.id}, no ambos`
        : `Indique a quién se asigna: ${fields.subject} (usuario) o ${fields.id} (persona del directorio)`,
      { path: `input.${both ? fields.id : fields.subject}`, code: both ? ProblemCode.INCONSISTENT : ProblemCode.REQUIRED },
    );
  }
  if (!given(forms.id)) return { subjects: forms.subject as T, byId: false };
  const list = Array.isArray(forms.id);
  const ids = (list ? forms.id : [forms.id]) as string[];
  const { subjects, problems } = await subjectsOfPeople(em, ids, role, (i) => (list ? `input.${fields.id}[${i}]` : `input.${fields.id}`));
  if (problems.length) throw new BadUserInputError(`No se asignó: ${problemsText(problems)}`, { problems });
  return { subjects: (list ? subjects : subjects[0]) as T, byId: true };
}

/** The same refusal with the problems at `input.<from>` (and its items) moved to `input.<to>`: the id form's field. */
export function movedPaths(err: unknown, from: string, to: string): unknown {
  if (!(err instanceof BadUserInputError)) return err;
  const prefix = `input.${from}`;
  const moved = (path: string) =>
    path === prefix || path.startsWith(`${prefix}[`) || path.startsWith(`${prefix}.`) ? `input.${to}${path.slice(prefix.length)}` : path;
  const { code: _code, problems: _problems, ...rest } = err.extensions as Record<string, unknown>;
  return new BadUserInputError(err.message, { ...rest, problems: err.problems.map((p) => ({ ...p, path: moved(p.path) })) });
}
