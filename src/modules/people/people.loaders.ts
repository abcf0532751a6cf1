import type { Knex } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import type { MembershipRole, PersonStatus } from './person.entity';
import type { MembershipRow, PersonRow } from './person.type';

/** An instant as either database returns it (SQLite: epoch milliseconds; PostgreSQL: a Date). */
export function instantOf(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return new Date(Number(value));
  return new Date(String(value));
}

const maybeInstant = (value: unknown): Date | null => (value === null || value === undefined ? null : instantOf(value));

export const PERSON_COLUMNS = [
  'id',
  'subject',
  'pseudonym',
  'email',
  'email_verified',
  'name',
  'contact_email',
  'phone',
  'status',
  'created_at',
  'last_sign_in_at',
  'deactivated_at',
] as const;

export const MEMBERSHIP_COLUMNS = ['id', 'person_id', 'role', 'entity_code', 'started_at', 'ended_at'] as const;

export function personOf(r: Record<string, unknown>): PersonRow {
  return {
    id: String(r.id),
    subject: String(r.subject),
    pseudonym: String(r.pseudonym),
    email: (r.email as string | null) ?? null,
    emailVerified: r.email_verified === true || r.email_verified === 1 || r.email_verified === '1',
    name: (r.name as string | null) ?? null,
    contactEmail: (r.contact_email as string | null) ?? null,
    phone: (r.phone as string | null) ?? null,
    status: r.status as PersonStatus,
    createdAt: instantOf(r.created_at),
    lastSignInAt: maybeInstant(r.last_sign_in_at),
    deactivatedAt: maybeInstant(r.deactivated_at),
  };
}

export function membershipOf(r: Record<string, unknown>): MembershipRow {
  return {
    id: String(r.id),
    personId: String(r.person_id),
    role: r.role as MembershipRole,
    entityCode: (r.entity_code as string | null) ?? null,
    startedAt: instantOf(r.started_at),
    endedAt: maybeInstant(r.ended_at),
  };
}

/** Reads of the directory's rows, straight from the tables (never through an identity map that a write could leave stale). */
export class PeopleReader {
  constructor(private readonly knex: Knex) {}

  async personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    if (!ids.length) return [];
    return (
      await this.knex('person')
        .whereIn('id', ids)
        .select(...PERSON_COLUMNS)
    ).map(personOf);
  }

  async personBySubject(subject: string): Promise<PersonRow | null> {
    const row = await this.knex('person')
      .where({ subject })
      .first(...PERSON_COLUMNS);
    return row ? personOf(row) : null;
  }

  async currentMemberships(personIds: readonly string[]): Promise<MembershipRow[]> {
    if (!personIds.length) return [];
    return (
      await this.knex('membership')
        .whereIn('person_id', personIds)
        .whereNull('ended_at')
        .select(...MEMBERSHIP_COLUMNS)
    ).map(membershipOf);
  }

  async membershipsOf(personIds: readonly string[]): Promise<MembershipRow[]> {
    if (!personIds.length) return [];
    return (
      await this.knex('membership')
        .whereIn('person_id', personIds)
        .select(...MEMBERSHIP_COLUMNS)
        .orderBy([
          { column: 'started_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
    ).map(membershipOf);
  }
}

/** Per-request batching of the people fields a page reads (persons, current and past memberships). */
export class PeopleLoaders {
  readonly persons: DataLoader<string, PersonRow | null>;
  readonly current: DataLoader<string, MembershipRow | null>;
  readonly memberships: DataLoader<string, MembershipRow[]>;

  constructor(readonly reader: PeopleReader) {
    this.persons = new DataLoader(async (ids) => {
      const byId = new Map((await reader.personsByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.current = new DataLoader(async (ids) => {
      const byPerson = new Map((await reader.currentMemberships(ids)).map((m) => [m.personId, m]));
      return ids.map((id) => byPerson.get(id) ?? null);
    });
    this.memberships = new DataLoader(async (ids) => {
      const groups = new Map<string, MembershipRow[]>();
      for (const m of await reader.membershipsOf(ids)) {
        const list = groups.get(m.personId) ?? groups.set(m.personId, []).get(m.personId)!;
        list.push(m);
      }
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  /** Forget everything read so far in this request (after a write). */
  clear(): void {
    this.persons.clearAll();
    this.current.clearAll();
    this.memberships.clearAll();
  }
}
