import { randomBytes, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Knex } from '@mikro-orm/knex';

import { Role, type Identity, type Principal } from '../../core/auth/principal';
import { UnauthenticatedError } from '../../core/errors/app-error';
import { instantFor, type Orm } from '../../core/orm/orm';
import { SqlRows } from '../../core/orm/sql-rows';
import type { Broadcast } from '../../core/redis/broadcast';
import { isUuid } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { membershipOfRole, roleOfMembership } from './membership-roles';
import { PersonStatus, type MembershipRole } from './person.entity';
import { PRIVACY_NOTICE } from './privacy-notice';

/** How long a process trusts what it read about a person: a change reaches every process's next request within it. */
export const STANDING_TTL_MS = 1000;

export const DEACTIVATED_MESSAGE = 'Su acceso a la plataforma está desactivado: consulte a la coordinación del programa';

/** What the directory says about a subject right now. */
export interface Standing {
  personId: string;
  status: PersonStatus;
  membership: { role: MembershipRole; entityCode: string | null } | null;
  privacyAccepted: boolean;
}

/** Published when someone's access may have changed (membership, status): every process forgets and re-reads them. */
export interface PeopleChange {
  subjects: string[];
}

/** Who to enroll directly (seeds, the CLI's dev tokens, tests): the directory's way in without an invitation. */
export interface Enrollment {
  subject: string;
  role: Role;
  entityCode?: string | null;
  email?: string | null;
  name?: string | null;
  /** Record the privacy notice as accepted (demo and test people, who are not real persons). */
  acceptPrivacy?: boolean;
}

/**
 * One person by subject (unique index), with their current membership and privacy acceptance as
 * correlated reads, each served by its own index (membership's partial index on current rows).
 */
const STANDING_SQL = `select p.id, p.status,
  (select m.role from membership m where m.person_id = p.id and m.ended_at is null) as role,
  (select m.entity_code from membership m where m.person_id = p.id and m.ended_at is null) as entity_code,
  (select count(*) from privacy_acceptance a where a.person_id = p.id and a.version = ?) as accepted
  from person p where p.subject = ?`;

export const newPseudonym = (): string => `P-${randomBytes(4).toString('hex').toUpperCase()}`;

/**
 * The door's half of the people directory: what a verified identity may be. Each process keeps what
 * it read for a second (STANDING_TTL_MS) and forgets it at once when any process publishes a change
 * (`changed`), so a deactivation or an ended membership is refused on the next request everywhere,
 * and listeners (open subscriptions) are told.
 */
export class PeopleDirectory {
  private readonly rows: SqlRows;
  private readonly knex: Knex;
  private readonly instant: (d: Date) => Date | number;
  private readonly cache = new Map<string, { standing: Standing | null; at: number }>();
  private readonly reading = new Map<string, Promise<Standing | null>>();
  private readonly local = new EventEmitter();
  /** Counts changes heard: a read that saw a change happen while it ran does not keep what it read. */
  private epoch = 0;

  constructor(
    orm: Orm,
    private readonly clock: Clock,
    private readonly changes: Pick<Broadcast<PeopleChange>, 'publish' | 'subscribe'>,
  ) {
    this.rows = new SqlRows(orm);
    this.knex = orm.em.getKnex();
    this.instant = instantFor(orm.em);
    this.local.setMaxListeners(0);
  }

  /** Listens to the changes every process publishes. */
  start(): void {
    void (async () => {
      for await (const change of this.changes.subscribe(() => true)) this.forget(change.subjects);
    })();
  }

  /** The principal of a verified identity: refused when deactivated; a GUEST when the directory gives no role. */
  async principalFor(identity: Identity, firstSeen: boolean): Promise<Principal> {
    if (firstSeen) await this.signIn(identity);
    let standing = await this.standing(identity.subject);
    if (!standing) {
      // Signed in on another process, then removed (or never written): register now.
      await this.signIn(identity);
      standing = await this.standing(identity.subject, true);
    }
    if (!standing || standing.status !== PersonStatus.ACTIVE) throw new UnauthenticatedError(DEACTIVATED_MESSAGE);
    const membership = standing.membership;
    const role = membership ? roleOfMembership[membership.role] : (identity.claimedRole ?? Role.GUEST);
    return {
      subject: identity.subject,
      role,
      entityCode: membership?.entityCode ?? null,
      personId: standing.personId,
      ...(standing.privacyAccepted ? {} : { pendingPrivacyNotice: true }),
    };
  }

  /**
   * The principal of a person named by id, as the directory says now (read fresh, never from this
   * process's second of memory), for what a person does without a token: a signed download link
   * names its person. Null when the directory does not hold them or they are not active. Without
   * a token no identity-provider claim is known, so a role only a claim gives is a GUEST here.
   */
  async principalOfPerson(personId: string): Promise<Principal | null> {
    if (!isUuid(personId)) return null;
    const [row] = await this.rows.all('select subject from person where id = ?', [personId]);
    if (!row) return null;
    const subject = String(row.subject);
    const standing = await this.standing(subject, true);
    if (!standing || standing.personId !== personId || standing.status !== PersonStatus.ACTIVE) return null;
    const membership = standing.membership;
    return {
      subject,
      role: membership ? roleOfMembership[membership.role] : Role.GUEST,
      entityCode: membership?.entityCode ?? null,
      personId,
      ...(standing.privacyAccepted ? {} : { pendingPrivacyNotice: true }),
    };
  }

  /** What the directory says about a subject, read at most once a second per process (concurrent reads share one). */
  async standing(subject: string, fresh = false): Promise<Standing | null> {
    const known = this.cache.get(subject);
    if (!fresh && known && Date.now() - known.at < STANDING_TTL_MS) return known.standing;
    let pending = this.reading.get(subject);
    if (!pending) {
      pending = this.read(subject).finally(() => this.reading.delete(subject));
      this.reading.set(subject, pending);
    }
    return pending;
  }

  private async read(subject: string): Promise<Standing | null> {
    const at = Date.now();
    const epoch = this.epoch;
    const [row] = await this.rows.all(STANDING_SQL, [PRIVACY_NOTICE.version, subject], { announce: false });
    const standing: Standing | null = row
      ? {
          personId: String(row.id),
          status: row.status as PersonStatus,
          membership: row.role ? { role: row.role as MembershipRole, entityCode: (row.entity_code as string | null) ?? null } : null,
          privacyAccepted: Number(row.accepted) > 0,
        }
      : null;
    // A change heard while this read was under way wins: what was read before it is not kept.
    if (epoch === this.epoch) this.cache.set(subject, { standing, at });
    if (this.cache.size > 50_000) this.cache.delete(this.cache.keys().next().value!);
    return standing;
  }

  /**
   * A sign-in: the person is registered on their first, and what the identity provider says about
   * them (e-mail, name) is kept current on each; a verified e-mail becomes the contact address when
   * there is none.
   */
  async signIn(identity: Identity): Promise<void> {
    const now = this.instant(this.clock.now());
    await this.knex('person')
      .insert({
        id: randomUUID(),
        subject: identity.subject,
        pseudonym: newPseudonym(),
        email: identity.email,
        email_verified: identity.emailVerified,
        name: identity.name,
        contact_email: identity.emailVerified ? identity.email : null,
        status: PersonStatus.ACTIVE,
        created_at: now,
        last_sign_in_at: now,
        mail_muted_kinds: '[]',
        mail_digest: false,
        entity_mail_opt_in: false,
      })
      .onConflict('subject')
      .ignore();
    const update: Record<string, unknown> = { last_sign_in_at: now };
    if (identity.email) Object.assign(update, { email: identity.email, email_verified: identity.emailVerified });
    if (identity.name) update.name = identity.name;
    await this.knex('person').where({ subject: identity.subject, status: PersonStatus.ACTIVE }).update(update);
    if (identity.emailVerified) {
      await this.knex('person').where({ subject: identity.subject }).whereNull('contact_email').update({ contact_email: identity.email });
    }
  }

  /** Every process forgets these subjects now and re-reads them on their next request; open subscriptions are told. */
  changed(subjects: string[]): void {
    if (!subjects.length) return;
    this.forget(subjects);
    this.changes.publish({ subjects });
  }

  /** Called with the subjects whose access may have changed (in this process or another). */
  onChange(listener: (subjects: string[]) => void): () => void {
    this.local.on('change', listener);
    return () => this.local.off('change', listener);
  }

  private forget(subjects: string[]): void {
    this.epoch++;
    for (const s of subjects) {
      this.cache.delete(s);
      this.reading.delete(s);
    }
    this.local.emit('change', subjects);
  }

  /**
   * Registers a person with a role directly, ending any other membership they hold (seeds, the
   * CLI's dev tokens, tests). Idempotent: the same enrollment again changes nothing.
   */
  async enroll(who: Enrollment): Promise<string> {
    const membershipRole = membershipOfRole(who.role);
    const entityCode = membershipRole && who.entityCode ? who.entityCode : null;
    const email = who.email?.toLowerCase() ?? null;
    const personId = await this.knex.transaction(async (trx) => {
      const now = this.instant(this.clock.now());
      await trx('person')
        .insert({
          id: randomUUID(),
          subject: who.subject,
          pseudonym: newPseudonym(),
          email,
          email_verified: email !== null,
          name: who.name ?? null,
          contact_email: email,
          status: PersonStatus.ACTIVE,
          created_at: now,
          last_sign_in_at: null,
          mail_muted_kinds: '[]',
          mail_digest: false,
          entity_mail_opt_in: false,
        })
        .onConflict('subject')
        .ignore();
      const person = await trx('person').where({ subject: who.subject }).first('id', 'contact_email');
      const id = String(person.id);
      if (email && !person.contact_email) await trx('person').where({ id }).update({ contact_email: email, email, email_verified: true });
      const current = await trx('membership').where({ person_id: id }).whereNull('ended_at').first('id', 'role', 'entity_code');
      const same = current && current.role === membershipRole && (current.entity_code ?? null) === entityCode;
      if (!same) {
        if (current) {
          await trx('membership').where({ id: current.id }).update({ ended_at: now });
          await this.audit(trx, {
            personId: id,
            action: 'ENDED',
            role: current.role,
            entityCode: current.entity_code,
            reason: 'Inscripción directa con otro rol',
          });
        }
        if (membershipRole) {
          if (membershipRole === 'REPRESENTATIVE') {
            // One representative per entity: an enrollment as representative hands the office over.
            const previous = await trx('membership')
              .where({ entity_code: entityCode, role: 'REPRESENTATIVE' })
              .whereNull('ended_at')
              .first('id', 'person_id');
            if (previous) {
              await trx('membership').where({ id: previous.id }).update({ ended_at: now });
              await this.audit(trx, {
                personId: String(previous.person_id),
                action: 'ENDED',
                role: 'REPRESENTATIVE',
                entityCode,
                reason: 'Inscripción directa de otro representante',
              });
            }
          }
          await trx('membership').insert({
            id: randomUUID(),
            person_id: id,
            role: membershipRole,
            entity_code: entityCode,
            started_at: now,
            ended_at: null,
          });
          await this.audit(trx, {
            personId: id,
            action: 'ENROLLED',
            role: membershipRole,
            entityCode,
            reason: 'Inscripción directa (semilla, CLI o pruebas)',
          });
        }
      }
      if (who.acceptPrivacy) {
        await trx('privacy_acceptance')
          .insert({ id: randomUUID(), person_id: id, version: PRIVACY_NOTICE.version, accepted_at: now })
          .onConflict(['person_id', 'version'])
          .ignore();
      }
      return id;
    });
    this.changed([who.subject]);
    return personId;
  }

  /** One line of the directory's audit trail, in the caller's transaction. */
  async audit(
    db: Knex | Knex.Transaction,
    e: {
      personId: string | null;
      action: string;
      role?: string | null;
      entityCode?: string | null;
      reason?: string | null;
      actorPersonId?: string | null;
    },
  ): Promise<void> {
    await db('membership_event').insert({
      id: randomUUID(),
      at: this.instant(this.clock.now()),
      actor_person_id: e.actorPersonId ?? null,
      person_id: e.personId,
      entity_code: e.entityCode ?? null,
      action: e.action,
      role: e.role ?? null,
      reason: e.reason ?? null,
    });
  }
}
