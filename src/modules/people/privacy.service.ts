import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/knex';

import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ConflictError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode } from '../../core/errors/problems';
import { instantFor } from '../../core/orm/orm';
import type { Clock } from '../../core/time/clock';
import { membershipLabel } from './membership-roles';
import type { PeopleDirectory } from './people-directory';
import { instantOf, PERSON_COLUMNS, personOf } from './people.loaders';
import { PersonStatus, type MembershipRole } from './person.entity';
import type { PersonRow } from './person.type';
import { PRIVACY_NOTICE } from './privacy-notice';
import type { PrivacyNoticeType } from './privacy.type';

/** How many rows of each long list `myData` gives (the newest); the export says when a list was cut. */
export const MY_DATA_LIMIT = 1000;

/** The subject an anonymised person's rows carry instead of the identity provider's: stable, and no one's token. */
export const anonymousSubject = (pseudonym: string): string => `anonimo:${pseudonym}`;
/** The address that replaces an anonymised person's in rows that need one (`.invalid` is never delivered: RFC 2606). */
export const anonymousEmail = (pseudonym: string): string => `${pseudonym.toLowerCase()}@anonimizado.invalid`;
export const anonymousName = (pseudonym: string): string => `Persona anonimizada ${pseudonym}`;

/**
 * Every column that holds a person's subject (the identity provider's `sub`), as `table.column`.
 * Anonymisation replaces the old subject by the pseudonym's in each, so audits keep pointing at
 * one stable someone; test/integration/personal-data.int-spec.ts fails when a new column named
 * like a subject (`*_by`, `*subject`, `assignee`, `evaluator`, `actor*`) is not listed here or in
 * NOT_SUBJECT_COLUMNS.
 */
export const SUBJECT_COLUMNS: readonly string[] = [
  'case_history.actor_subject',
  'workflow_case.assignee',
  'workflow_case.created_by',
  'deadline.extended_by',
  'idempotency_key.subject',
  'notification_read.subject',
  'cofinancing_application.decided_by',
  'cofinancing_application.updated_by',
  'eligibility_check.checked_by',
  'evaluator_assignment.evaluator',
  'evaluator_assignment.assigned_by',
  'evaluation_score.evaluator',
  'fund_reservation.reserved_by',
  'cofinancing_agreement.signed_by',
  'disbursement.recorded_by',
  'cofinancing_call.created_by',
  'cofinancing_call.published_by',
  'cycle.created_by',
  'cycle.index_published_by',
  'maturity_model.published_by',
  'assessment_answer.answered_by',
  'assessment_comment.author_subject',
  'action_plan.created_by',
  'action_plan.published_by',
  'adoption_invitation.invited_by',
  'progress_report.reported_by',
  'plan_version.proposed_by',
  'plan_version.approved_by',
  'improvement_action.created_by',
  'improvement_action.updated_by',
  'report.requested_by',
  'report_requester.subject',
  'document.uploader_subject',
  'document.attached_by',
  'document_download.subject',
  'accompaniment_request.survey_by',
  'accompaniment_session.scheduled_by',
  'accompaniment_commitment.done_by',
  'accompaniment_finding.updated_by',
  'roadmap_delivery.delivered_by',
  'roadmap_comment.created_by',
];

/** JSON columns where a subject may appear as a value (a machine's context, an event's payload): replaced value by value. */
export const SUBJECT_JSON_COLUMNS: readonly { table: string; key: string[]; column: string }[] = [
  { table: 'workflow_case', key: ['id'], column: 'snapshot' },
  { table: 'workflow_case', key: ['id'], column: 'evaluators' },
  { table: 'case_history', key: ['case_id', 'seq'], column: 'payload' },
  { table: 'outbox', key: ['id'], column: 'payload' },
];

/** Columns named like a subject that hold something else (person ids), or are handled apart. */
export const NOT_SUBJECT_COLUMNS: readonly string[] = [
  'person.subject', // the person row itself
  'membership_event.actor_person_id', // a person id: stable across anonymisation
  'invitation.invited_by_person_id',
  'invitation.accepted_by_person_id',
  'notification.audience', // a subject only for USER notifications: replaced apart
  'report.scope', // `ASSIGNEE:<subject>` / `EVALUATOR:<subject>`: those reports are deleted
  'document.uploaded_by', // a person id: stable across anonymisation
  'document.superseded_by', // a document id
  'document_download.person_id',
  'improvement_action.responsible', // who answers for an action: a sector or office as the entity names it, free text
  'improvement_action.triggered_by', // the semáforo band that called for the action
  // Accompaniment: person ids (stable across anonymisation) and who answers for a commitment or a roadmap line, in words.
  'accompaniment_request.contact_person_id',
  'accompaniment_session_invitee.person_id',
  'accompaniment_commitment.responsible',
  'roadmap_line.responsible',
];

function replaceDeep(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, replaceDeep(v, from, to)]));
  }
  return value;
}

const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
const maybeInstant = (value: unknown): Date | null => (value === null || value === undefined ? null : instantOf(value));
const table = (tc: string): string => tc.split('.')[0];
const column = (tc: string): string => tc.split('.')[1];

/** What an anonymisation replaced, for the audit and the operator. */
export interface AnonymizationOutcome {
  person: PersonRow;
  oldSubject: string;
}

/**
 * Personal data as Ley 1581 de 2012 requires: the privacy notice and its acceptance, the export of
 * everything the system holds about a person (`myData`), and anonymisation of a person who left.
 */
export class PrivacyService {
  private readonly knex: Knex;
  private readonly instant: (d: Date) => Date | number;

  constructor(
    em: EntityManager,
    private readonly clock: Clock,
    private readonly people: PeopleDirectory,
  ) {
    this.knex = em.getKnex();
    this.instant = instantFor(em);
  }

  /** The notice in force, and whether (and when) this person accepted it. */
  async notice(principal: Principal): Promise<PrivacyNoticeType> {
    const row = principal.personId
      ? await this.knex('privacy_acceptance').where({ person_id: principal.personId, version: PRIVACY_NOTICE.version }).first('accepted_at')
      : undefined;
    return {
      version: PRIVACY_NOTICE.version,
      title: PRIVACY_NOTICE.title,
      text: PRIVACY_NOTICE.text,
      accepted: row !== undefined,
      acceptedAt: row ? instantOf(row.accepted_at) : null,
    };
  }

  /** Records the acceptance of the version in force (again: nothing changes), and lets the person in at once on every process. */
  async accept(principal: Principal, version: string): Promise<PrivacyNoticeType> {
    if (version !== PRIVACY_NOTICE.version) {
      throw new BadUserInputError(`La versión vigente del aviso de privacidad es ${PRIVACY_NOTICE.version}: léala y acéptela`, {
        path: 'input.version',
        code: ProblemCode.NOT_ALLOWED,
      });
    }
    const personId = this.ownPersonId(principal);
    await this.knex('privacy_acceptance')
      .insert({ id: randomUUID(), person_id: personId, version, accepted_at: this.instant(this.clock.now()) })
      .onConflict(['person_id', 'version'])
      .ignore();
    this.people.changed([principal.subject]);
    return this.notice(principal);
  }

  /** Everything the system holds about the caller (Ley 1581 de 2012, art. 8: derecho a conocer), as one JSON object. */
  async export(principal: Principal): Promise<Record<string, unknown>> {
    const personId = this.ownPersonId(principal);
    const k = this.knex;
    const person = await k('person').where({ id: personId }).first();
    if (!person) throw new NotFoundError('No está en el directorio de personas');
    const subject = String(person.subject);
    const emails = [person.email, person.contact_email].filter((e): e is string => typeof e === 'string' && e !== '');
    const limit = MY_DATA_LIMIT;
    const count = async (q: Knex.QueryBuilder): Promise<number> =>
      Number((await q.clone().clearSelect().clearOrder().count({ n: '*' }).first())?.n ?? 0);
    const bounded = async <T>(q: Knex.QueryBuilder, map: (r: Record<string, unknown>) => T) => {
      const rows: Record<string, unknown>[] = await q.clone().limit(limit);
      const total = rows.length < limit ? rows.length : await count(q);
      return { total, shown: rows.length, truncated: total > rows.length, items: rows.map(map) };
    };

    const memberships: Record<string, unknown>[] = await k('membership').where({ person_id: personId }).orderBy('started_at', 'desc');
    const events = await bounded(
      k('membership_event')
        .where((w) => w.where({ person_id: personId }).orWhere({ actor_person_id: personId }))
        .orderBy('at', 'desc'),
      (e) => ({
        at: instantOf(e.at),
        action: e.action,
        role: e.role ?? null,
        entityCode: e.entity_code ?? null,
        reason: e.reason ?? null,
        aboutYou: e.person_id === personId,
        byYou: e.actor_person_id === personId,
      }),
    );
    const invitationRow = (i: Record<string, unknown>) => ({
      email: i.email,
      name: i.name ?? null,
      role: i.role,
      entityCode: i.entity_code ?? null,
      createdAt: instantOf(i.created_at),
      expiresAt: instantOf(i.expires_at),
      acceptedAt: maybeInstant(i.accepted_at),
      revokedAt: maybeInstant(i.revoked_at),
      mailedAt: maybeInstant(i.mailed_at),
    });
    const received = await bounded(
      k('invitation')
        .where((w) => {
          w.where({ accepted_by_person_id: personId });
          if (emails.length)
            w.orWhereIn(
              'email',
              emails.map((e) => e.toLowerCase()),
            );
        })
        .orderBy('created_at', 'desc'),
      invitationRow,
    );
    const sent = await bounded(k('invitation').where({ invited_by_person_id: personId }).orderBy('created_at', 'desc'), invitationRow);
    const acceptances: Record<string, unknown>[] = await k('privacy_acceptance')
      .where({ person_id: personId })
      .orderBy('accepted_at', 'desc');
    const notifications = await bounded(
      k('notification as n')
        .leftJoin('notification_read as r', (j) => j.on('r.notification_id', 'n.id').andOn('r.subject', k.raw('?', [subject])))
        .where({ 'n.audience_kind': 'USER', 'n.audience': subject })
        .orderBy('n.created_at', 'desc')
        .select('n.id', 'n.kind', 'n.case_id', 'n.title', 'n.body', 'n.created_at', 'r.read_at'),
      (n) => ({
        id: n.id,
        kind: n.kind,
        caseId: n.case_id ?? null,
        title: n.title,
        body: n.body,
        createdAt: instantOf(n.created_at),
        readAt: maybeInstant(n.read_at),
      }),
    );
    const deliveries = await bounded(
      k('notification_delivery as d')
        .join('notification as n', 'n.id', 'd.notification_id')
        .where({ 'd.person_id': personId })
        .orderBy('n.created_at', 'desc')
        .select('d.notification_id', 'd.email', 'd.status', 'd.sent_at', 'n.kind', 'n.title', 'n.created_at'),
      (d) => ({
        notificationId: d.notification_id,
        kind: d.kind,
        title: d.title,
        email: d.email,
        status: d.status,
        createdAt: instantOf(d.created_at),
        sentAt: maybeInstant(d.sent_at),
      }),
    );
    const history = await bounded(
      k('case_history as h')
        .join('workflow_case as c', 'c.id', 'h.case_id')
        .where({ 'h.actor_subject': subject })
        .orderBy('h.at', 'desc')
        .select('h.case_id', 'h.seq', 'c.process', 'c.entity_code', 'h.event', 'h.from_state', 'h.to_state', 'h.actor_role', 'h.at'),
      (h) => ({
        caseId: h.case_id,
        seq: Number(h.seq),
        process: h.process,
        entityCode: h.entity_code,
        event: h.event,
        fromState: h.from_state ?? null,
        toState: h.to_state,
        role: h.actor_role,
        at: instantOf(h.at),
      }),
    );
    let mutedKinds: unknown = [];
    try {
      mutedKinds = JSON.parse(String(person.mail_muted_kinds ?? '[]'));
    } catch {
      mutedKinds = [];
    }
    const flag = (v: unknown) => v === true || v === 1 || v === '1';

    return {
      about:
        'Todo lo que la plataforma Ciudades y Territorios Inteligentes guarda sobre usted (Ley 1581 de 2012, art. 8). Las listas largas traen las ' +
        `${limit} filas más recientes: "total" dice cuántas hay y "truncated" si se recortó. Para rectificar o suprimir sus datos escriba a ` +
        'ciudadesyterritoriosinteligentes@mintic.gov.co.',
      exportedAt: this.clock.now(),
      privacyNoticeVersion: PRIVACY_NOTICE.version,
      person: {
        subject,
        pseudonym: person.pseudonym,
        name: person.name ?? null,
        email: person.email ?? null,
        emailVerified: flag(person.email_verified),
        contactEmail: person.contact_email ?? null,
        pendingContactEmail: person.pending_contact_email ?? null,
        phone: person.phone ?? null,
        status: person.status,
        createdAt: instantOf(person.created_at),
        lastSignInAt: maybeInstant(person.last_sign_in_at),
        deactivatedAt: maybeInstant(person.deactivated_at),
        anonymizedAt: maybeInstant(person.anonymized_at),
      },
      notificationPreferences: {
        mutedKinds,
        digest: flag(person.mail_digest),
        entityMail: flag(person.entity_mail_opt_in),
      },
      memberships: memberships.map((m) => ({
        role: m.role,
        roleLabel: membershipLabel[m.role as MembershipRole] ?? m.role,
        entityCode: m.entity_code ?? null,
        startedAt: instantOf(m.started_at),
        endedAt: maybeInstant(m.ended_at),
      })),
      membershipEvents: events,
      invitations: { received, sent },
      privacyAcceptances: acceptances.map((a) => ({ version: a.version, acceptedAt: instantOf(a.accepted_at) })),
      notifications,
      notificationDeliveries: deliveries,
      caseHistory: history,
    };
  }

  /**
   * Replaces the personal data of a person who left (no current membership, or deactivated) by a
   * pseudonym, in one transaction: name and contact on the person row, the subject in every column
   * and JSON value that holds it (SUBJECT_COLUMNS, SUBJECT_JSON_COLUMNS), their address where a row
   * needs one. Reports made for them (titled with their subject) are deleted: they are made again on request.
   */
  async anonymize(principal: Principal, input: { personId: string; reason: string }): Promise<PersonRow> {
    const reason = input.reason.trim();
    if (reason.length < 3) {
      throw new BadUserInputError('reason debe tener al menos 3 caracteres', { path: 'input.reason', code: lengthCode(reason, 3) });
    }
    if (principal.personId === input.personId) {
      throw new PreconditionFailedError('NOT_ONESELF', 'No puede anonimizarse a sí mismo(a): otra persona de la coordinación debe hacerlo');
    }
    const outcome = await this.knex.transaction(async (trx) => {
      const person = await trx('person').where({ id: input.personId }).first();
      if (!person) throw new NotFoundError('No existe esa persona', { personId: input.personId });
      if (person.status === PersonStatus.ANONYMIZED) {
        throw new PreconditionFailedError('PERSON_ANONYMIZED', 'Esa persona ya está anonimizada');
      }
      const current = await trx('membership').where({ person_id: person.id }).whereNull('ended_at').first('id', 'role', 'entity_code');
      if (current && person.status !== PersonStatus.DEACTIVATED) {
        throw new PreconditionFailedError(
          'PERSON_STILL_ACTIVE',
          'Solo se anonimiza a quien dejó de participar: termine primero su membresía o desactívela',
        );
      }
      const now = this.instant(this.clock.now());
      const oldSubject = String(person.subject);
      const pseudonym = String(person.pseudonym);
      const newSubject = anonymousSubject(pseudonym);
      const placeholder = anonymousEmail(pseudonym);
      const emails = [...new Set([person.email, person.contact_email].filter((e): e is string => typeof e === 'string' && e !== ''))];

      const updated = await trx('person')
        .where({ id: person.id, subject: oldSubject })
        .whereNot({ status: PersonStatus.ANONYMIZED })
        .update({
          subject: newSubject,
          name: anonymousName(pseudonym),
          email: null,
          email_verified: false,
          contact_email: null,
          phone: null,
          pending_contact_email: null,
          pending_contact_code_hash: null,
          pending_contact_expires_at: null,
          status: PersonStatus.ANONYMIZED,
          anonymized_at: now,
        });
      if (Number(updated) !== 1) throw new ConflictError('La persona cambió mientras se anonimizaba: intente de nuevo');
      if (current) {
        await trx('membership').where({ id: current.id }).update({ ended_at: now });
        await this.people.audit(trx, {
          personId: String(person.id),
          action: 'ENDED',
          role: current.role,
          entityCode: current.entity_code,
          reason: 'Anonimización',
          actorPersonId: principal.personId ?? null,
        });
      }

      for (const tc of SUBJECT_COLUMNS) {
        await trx(table(tc))
          .where(column(tc), oldSubject)
          .update({ [column(tc)]: newSubject });
      }
      const pattern = `%${likeEscape(JSON.stringify(oldSubject))}%`;
      for (const { table: t, key, column: c } of SUBJECT_JSON_COLUMNS) {
        const rows: Record<string, unknown>[] = await trx(t)
          .select([...key, c])
          .whereRaw(`cast(?? as text) like ? escape '\\'`, [c, pattern]);
        for (const row of rows) {
          const before = parseJson(row[c]);
          const after = replaceDeep(before, oldSubject, newSubject);
          if (JSON.stringify(after) === JSON.stringify(before)) continue;
          await trx(t)
            .where(Object.fromEntries(key.map((k) => [k, row[k]])))
            .update({ [c]: JSON.stringify(after) });
        }
      }
      await trx('notification').where({ audience_kind: 'USER', audience: oldSubject }).update({ audience: newSubject });
      const oldAddresses = [...emails, oldSubject];
      await trx('notification').whereIn('email_to', oldAddresses).update({ email_to: placeholder });
      await trx('notification_delivery').where({ person_id: person.id }).update({ email: placeholder });
      if (emails.length) {
        await trx('notification_delivery').whereNull('person_id').whereIn('email', emails).update({ email: placeholder });
      }
      await trx('invitation')
        .where((w) => {
          w.where({ accepted_by_person_id: person.id });
          if (emails.length)
            w.orWhereIn(
              'email',
              emails.map((e) => e.toLowerCase()),
            );
        })
        .update({ email: placeholder, name: null });
      const ownReports = trx('report')
        .whereIn('scope', [`ASSIGNEE:${oldSubject}`, `EVALUATOR:${oldSubject}`])
        .select('id');
      await trx('report_file').whereIn('report_id', ownReports.clone()).delete();
      await trx('report_requester').whereIn('report_id', ownReports.clone()).delete();
      await trx('report').whereIn('id', ownReports).delete();

      await this.people.audit(trx, {
        personId: String(person.id),
        action: 'ANONYMIZED',
        role: current?.role ?? null,
        entityCode: current?.entity_code ?? null,
        reason,
        actorPersonId: principal.personId ?? null,
      });
      const row = await trx('person')
        .where({ id: person.id })
        .first(...PERSON_COLUMNS);
      return { person: personOf(row), oldSubject } satisfies AnonymizationOutcome;
    });
    this.people.changed([outcome.oldSubject]);
    return outcome.person;
  }

  private ownPersonId(principal: Principal): string {
    if (!principal.personId) throw new NotFoundError('Quien consulta no está en el directorio de personas');
    return principal.personId;
  }
}
