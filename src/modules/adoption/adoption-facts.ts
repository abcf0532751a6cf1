import type { Knex } from '@mikro-orm/knex';

import { atBogotaTime, bogotaDay } from '../../core/time/business-calendar';
import { asDate } from '../../core/workflow/case-store';
import { MembershipRole, PersonStatus } from '../people/person.entity';
import { TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';
import type { DirectorySnapshot } from '../territorial-entities/territorial-entity.service';
import type { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';

/**
 * Res. 1117 de 2022 applies the maturity model from 1 April 2023: by default an entity has adopted
 * it when it has an assessment validated on or after that day (Bogotá).
 */
export const ADOPTION_SINCE = '2023-04-01';

/** The kinds of entity that can apply, and so are expected to assess (áreas no municipalizadas have no alcaldía). */
export const APPLYING_KINDS: readonly TerritorialEntityKind[] = [TerritorialEntityKind.DEPARTMENT, TerritorialEntityKind.MUNICIPALITY];

/** One validation of an assessment: the case, its cycle's year, and the instant it was validated (its history). */
export interface Validation {
  caseId: string;
  cycleYear: number | null;
  validatedAt: Date;
}

/** What the adoption list says of an entity. */
export interface AdoptionRow {
  entity: TerritorialEntityType;
  /** Its latest validation before the day the list counts from; null when none. */
  lastValidated: Validation | null;
  /** Whether it has an assessment open (draft, submitted, under review, changes requested). */
  inProgress: boolean;
  /** Its latest invitation; null when never invited. */
  lastInvitedAt: Date | null;
  invitations: number;
}

/** Which entities the list covers: counted from `since` (YYYY-MM-DD, Bogotá), in a department, of a kind. */
export interface AdoptionQuery {
  since: string;
  departmentCode?: string | null;
  kind?: TerritorialEntityKind | null;
}

/** A filter as the API takes it (every field optional; `since` defaults to ADOPTION_SINCE). */
export interface AdoptionFilterValues {
  since?: string | null;
  departmentCode?: string | null;
  kind?: TerritorialEntityKind | null;
}

/** The instant a `since` day starts in Bogotá: a validation at or after it counts. */
export const sinceInstant = (since: string): Date => atBogotaTime(since, 0);

/**
 * Every validation of every maturity assessment (the history row that entered `validated`, a final
 * state), by entity, oldest first. "Since" compares the validation instant, not the cycle: an
 * assessment of a cycle opened before the date but validated after it counts, as the resolution's
 * date is a day, not an edition.
 */
export async function validationsByEntity(db: Knex | Knex.Transaction, codes?: readonly string[]): Promise<Map<string, Validation[]>> {
  const query = db('workflow_case as c')
    .join('case_history as h', 'h.case_id', 'c.id')
    .leftJoin('cycle as y', 'y.id', 'c.cycle_id')
    .where('c.process', 'MATURITY_ASSESSMENT')
    .where('c.state', 'validated')
    .where('h.to_state', 'validated')
    .orderBy([{ column: 'h.at' }, { column: 'c.id' }])
    .select('c.id', 'c.entity_code', 'y.year', 'h.at');
  if (codes) query.whereIn('c.entity_code', codes);
  const rows: { id: string; entity_code: string; year: number | null; at: unknown }[] = await query;
  const byEntity = new Map<string, Validation[]>();
  for (const r of rows) {
    const list = byEntity.get(r.entity_code) ?? [];
    // A validated case has one entry into `validated` (final); the first is kept all the same.
    if (!list.some((v) => v.caseId === r.id))
      list.push({ caseId: r.id, cycleYear: r.year == null ? null : Number(r.year), validatedAt: asDate(r.at) });
    byEntity.set(r.entity_code, list);
  }
  return byEntity;
}

/** The entities with an assessment still open (its open key is null once final). */
export async function entitiesAssessing(db: Knex | Knex.Transaction, codes?: readonly string[]): Promise<Set<string>> {
  const query = db('workflow_case').where('process', 'MATURITY_ASSESSMENT').whereNotNull('open_key').distinct('entity_code');
  if (codes) query.whereIn('entity_code', codes);
  return new Set((await query).map((r: { entity_code: string }) => r.entity_code));
}

/** Each entity's invitations (those that went out) and the latest one. */
export async function invitationsByEntity(
  db: Knex | Knex.Transaction,
  codes?: readonly string[],
): Promise<Map<string, { last: Date; count: number }>> {
  const query = db('adoption_invitation')
    .where('outcome', 'INVITED')
    .groupBy('entity_code')
    .select('entity_code')
    .max({ last: 'invited_at' })
    .count({ n: '*' });
  if (codes) query.whereIn('entity_code', codes);
  const rows = (await query) as unknown as { entity_code: string; last: unknown; n: unknown }[];
  return new Map(rows.map((r) => [r.entity_code, { last: asDate(r.last), count: Number(r.n) }]));
}

/** The entities with at least one active person of their own in the directory (representative, TIC leader or member). */
export async function entitiesWithPeople(db: Knex | Knex.Transaction, codes: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < codes.length; i += 500) {
    const rows: { entity_code: string }[] = await db('membership as m')
      .join('person as p', 'p.id', 'm.person_id')
      .whereNull('m.ended_at')
      .whereIn('m.entity_code', codes.slice(i, i + 500))
      .whereIn('m.role', [MembershipRole.REPRESENTATIVE, MembershipRole.TIC_LEADER, MembershipRole.MEMBER])
      .where('p.status', PersonStatus.ACTIVE)
      .distinct('m.entity_code');
    for (const r of rows) found.add(r.entity_code);
  }
  return found;
}

/** Whether the entity has adopted the model: a validation on or after the day. */
export const adoptedSince = (validations: readonly Validation[] | undefined, from: Date): boolean =>
  (validations ?? []).some((v) => v.validatedAt.getTime() >= from.getTime());

/**
 * The entities that can apply and have no assessment validated since the day, in the department
 * and of the kind asked for, by DIVIPOLA code: the whole list (at most the 1,135 applicants), read
 * in three statements whatever its length.
 */
export async function adoptionList(
  db: Knex | Knex.Transaction,
  directory: DirectorySnapshot,
  query: AdoptionQuery,
): Promise<AdoptionRow[]> {
  const from = sinceInstant(query.since);
  const [validations, assessing, invitations] = [await validationsByEntity(db), await entitiesAssessing(db), await invitationsByEntity(db)];
  return directory
    .all()
    .filter(
      (e) =>
        APPLYING_KINDS.includes(e.kind) &&
        (!query.departmentCode || e.departmentCode === query.departmentCode) &&
        (!query.kind || e.kind === query.kind) &&
        !adoptedSince(validations.get(e.code), from),
    )
    .map((entity) => {
      const before = (validations.get(entity.code) ?? []).filter((v) => v.validatedAt.getTime() < from.getTime());
      const invited = invitations.get(entity.code);
      return {
        entity,
        lastValidated: before.length ? before[before.length - 1] : null,
        inProgress: assessing.has(entity.code),
        lastInvitedAt: invited?.last ?? null,
        invitations: invited?.count ?? 0,
      };
    });
}

/** Today in Bogotá: the latest `since` a list accepts. */
export const today = (now: Date): string => bogotaDay(now);
