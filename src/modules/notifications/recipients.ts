import type { Knex } from '@mikro-orm/knex';

import { MembershipRole, PersonStatus } from '../people/person.entity';
import { Audience, DeliveryStatus, NotificationKind } from './notification.entity';

/**
 * Who receives a notification by mail, read from the people directory when it is written: the
 * holders of an office then, not whoever holds it when the mail job runs.
 *
 * - ENTITY: the entity's active REPRESENTATIVE and TIC_LEADER, and its MEMBERs who opted in;
 * - COORDINATORS: every active COORDINATOR; none with an address → the programme's mailbox;
 * - USER: the person with that subject.
 *
 * Only ACTIVE persons with a contact address. A person's muted kinds get no mail and a digest
 * holds the rest for the daily summary, except for mandatory (legally significant) notices,
 * which are mailed at once whatever the preferences.
 */

/** Kinds mailed at once whatever the preferences: a term about to expire, a term overrun. */
export const MANDATORY_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.DEADLINE_REMINDER,
  NotificationKind.DEADLINE_OVERDUE,
]);

/** A person's mail preferences (columns of `person`). */
export interface MailPreferences {
  mutedKinds: NotificationKind[];
  digest: boolean;
  entityMail: boolean;
}

interface Candidate {
  personId: string | null;
  email: string;
  prefs: MailPreferences | null;
}

/** The delivery rows of one notification, before their ids. */
export interface PlannedDelivery {
  personId: string | null;
  email: string;
  status: DeliveryStatus;
}

/** Whether an entity's notice reaches a representative, and if not, why. */
export type RepresentativeGap = 'NONE' | 'NO_ADDRESS' | null;

const flag = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't' || v === 'true';

const KINDS = new Set<string>(Object.values(NotificationKind));

/** The JSON array of the `mail_muted_kinds` column, keeping only kinds that exist. */
export function mutedKindsOf(value: unknown): NotificationKind[] {
  if (typeof value !== 'string' || !value)
    return Array.isArray(value) ? (value as unknown[]).filter((k): k is NotificationKind => KINDS.has(String(k))) : [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((k): k is NotificationKind => typeof k === 'string' && KINDS.has(k)) : [];
  } catch {
    return [];
  }
}

export const preferencesOf = (row: Record<string, unknown>): MailPreferences => ({
  mutedKinds: mutedKindsOf(row.mail_muted_kinds),
  digest: flag(row.mail_digest),
  entityMail: flag(row.entity_mail_opt_in),
});

const PERSON_PREFS = ['p.id', 'p.contact_email', 'p.mail_muted_kinds', 'p.mail_digest', 'p.entity_mail_opt_in'] as const;

interface EntityPeople {
  mailed: Candidate[];
  gap: RepresentativeGap;
}

/** Reads, for a batch of notifications, who each audience's mail goes to. One query per audience kind. */
export class RecipientBook {
  private readonly entities = new Map<string, EntityPeople>();
  private coordinators: Candidate[] = [];
  private readonly users = new Map<string, Candidate>();

  private constructor(private readonly programmeMailbox: string) {}

  static async read(
    db: Knex | Knex.Transaction,
    programmeMailbox: string,
    audiences: { audienceKind: string; audience: string | null }[],
  ): Promise<RecipientBook> {
    const book = new RecipientBook(programmeMailbox);
    const codes = [...new Set(audiences.filter((a) => a.audienceKind === Audience.ENTITY && a.audience).map((a) => a.audience!))];
    const subjects = [...new Set(audiences.filter((a) => a.audienceKind === Audience.USER && a.audience).map((a) => a.audience!))];
    const coordinators = audiences.some((a) => a.audienceKind === Audience.COORDINATORS);
    await Promise.all([
      codes.length ? book.readEntities(db, codes) : null,
      subjects.length ? book.readUsers(db, subjects) : null,
      coordinators ? book.readCoordinators(db) : null,
    ]);
    return book;
  }

  private async readEntities(db: Knex | Knex.Transaction, codes: string[]): Promise<void> {
    for (const code of codes) this.entities.set(code, { mailed: [], gap: 'NONE' });
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < codes.length; i += 500) {
      rows.push(
        ...(await db('membership as m')
          .join('person as p', 'p.id', 'm.person_id')
          .whereNull('m.ended_at')
          .whereIn('m.entity_code', codes.slice(i, i + 500))
          .whereIn('m.role', [MembershipRole.REPRESENTATIVE, MembershipRole.TIC_LEADER, MembershipRole.MEMBER])
          .where('p.status', PersonStatus.ACTIVE)
          .orderBy([{ column: 'm.entity_code' }, { column: 'm.role' }, { column: 'p.id' }])
          .select('m.entity_code', 'm.role', ...PERSON_PREFS)),
      );
    }
    for (const r of rows) {
      const people = this.entities.get(String(r.entity_code))!;
      const email = (r.contact_email as string | null) ?? null;
      const prefs = preferencesOf(r);
      if (r.role === MembershipRole.REPRESENTATIVE) people.gap = email ? null : 'NO_ADDRESS';
      if (!email) continue;
      if (r.role === MembershipRole.MEMBER && !prefs.entityMail) continue;
      people.mailed.push({ personId: String(r.id), email, prefs });
    }
  }

  private async readUsers(db: Knex | Knex.Transaction, subjects: string[]): Promise<void> {
    for (let i = 0; i < subjects.length; i += 500) {
      const rows: Record<string, unknown>[] = await db('person as p')
        .whereIn('p.subject', subjects.slice(i, i + 500))
        .where('p.status', PersonStatus.ACTIVE)
        .whereNotNull('p.contact_email')
        .select('p.subject', ...PERSON_PREFS);
      for (const r of rows)
        this.users.set(String(r.subject), { personId: String(r.id), email: String(r.contact_email), prefs: preferencesOf(r) });
    }
  }

  private async readCoordinators(db: Knex | Knex.Transaction): Promise<void> {
    const rows: Record<string, unknown>[] = await db('membership as m')
      .join('person as p', 'p.id', 'm.person_id')
      .whereNull('m.ended_at')
      .where('m.role', MembershipRole.COORDINATOR)
      .where('p.status', PersonStatus.ACTIVE)
      .whereNotNull('p.contact_email')
      .orderBy('p.id')
      .select(...PERSON_PREFS);
    this.coordinators = rows.map((r) => ({ personId: String(r.id), email: String(r.contact_email), prefs: preferencesOf(r) }));
    // Nothing is lost when the directory has no coordinator to write to: the programme's mailbox gets it.
    if (!this.coordinators.length) this.coordinators = [{ personId: null, email: this.programmeMailbox, prefs: null }];
  }

  /** Whether an entity's notice reaches a representative: null when it does, else why not. */
  representativeGap(entityCode: string): RepresentativeGap {
    const people = this.entities.get(entityCode);
    return people ? people.gap : 'NONE';
  }

  /** The mail of one notification: one row per address, muted kinds left out, digests held (never for mandatory notices). */
  deliveriesOf(n: { audienceKind: string; audience: string | null; kind: NotificationKind; mandatory: boolean }): PlannedDelivery[] {
    const candidates =
      n.audienceKind === Audience.ENTITY
        ? (this.entities.get(n.audience ?? '')?.mailed ?? [])
        : n.audienceKind === Audience.COORDINATORS
          ? this.coordinators
          : [this.users.get(n.audience ?? '')].filter((c): c is Candidate => !!c);
    const seen = new Set<string>();
    const out: PlannedDelivery[] = [];
    for (const c of candidates) {
      const address = c.email.toLowerCase();
      if (seen.has(address)) continue;
      if (!n.mandatory && c.prefs?.mutedKinds.includes(n.kind)) continue;
      seen.add(address);
      out.push({
        personId: c.personId,
        email: c.email,
        status: !n.mandatory && c.prefs?.digest ? DeliveryStatus.DIGEST : DeliveryStatus.PENDING,
      });
    }
    return out;
  }
}
