import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { BaseSqlitePlatform, type Knex } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { Config } from '../../config/env';
import { isEntityUser, PRIVACY_NOTICE_MESSAGE } from '../../core/auth/policy';
import { Role, type Principal } from '../../core/auth/principal';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import type { ConnectionResult } from '../../core/graphql/connection';
import { instantFor, type Orm } from '../../core/orm/orm';
import { isUuid } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { invitationStatus, InvitationStatus, InvitationType, type InvitationRow } from './invitation.type';
import { isEntityMembership, membershipLabel } from './membership-roles';
import { newestFirst } from './newest-first';
import type { PeopleDirectory } from './people-directory';
import type {
  AcceptInvitationInput,
  InvitationsArgs,
  InvitePersonInput,
  ResendInvitationInput,
  RevokeInvitationInput,
} from './people.inputs';
import { instantOf, MEMBERSHIP_COLUMNS, membershipOf } from './people.loaders';
import { reasonOf, type PeopleService } from './people.service';
import { MembershipRole, PersonStatus } from './person.entity';
import type { MembershipType } from './person.type';
import { codeHash, type SendInvitationPayload } from './send-invitation.job';

const DAY_MS = 24 * 3600 * 1000;

/** The roles a coordinator invites: the ministry's, and each entity's representative. */
const COORDINATOR_INVITES: ReadonlySet<MembershipRole> = new Set([
  MembershipRole.COORDINATOR,
  MembershipRole.ADVISOR,
  MembershipRole.EVALUATOR,
  MembershipRole.AUDITOR,
  MembershipRole.REPRESENTATIVE,
]);
/** The roles a representative invites into its own entity. */
const REPRESENTATIVE_INVITES: ReadonlySet<MembershipRole> = new Set([MembershipRole.TIC_LEADER, MembershipRole.MEMBER]);
/** Roles an entity has one of: accepting an invitation to one hands it over from whoever holds it. */
const SINGLE_HOLDER: ReadonlySet<MembershipRole> = new Set([MembershipRole.REPRESENTATIVE, MembershipRole.TIC_LEADER]);

/**
 * Whose invitations a person manages (lists, resends, revokes): a coordinator every one; a
 * representative its own entity's, of the roles it invites (the others there are the
 * coordination's); nobody else any.
 */
type InvitationReach = { kind: 'ALL' } | { kind: 'ENTITY'; entityCode: string; roles: ReadonlySet<MembershipRole> } | null;

function invitationReach(principal: Principal): InvitationReach {
  if (principal.role === Role.COORDINATOR) return { kind: 'ALL' };
  if (principal.role === Role.ENTITY_REPRESENTATIVE && isEntityUser(principal)) {
    return { kind: 'ENTITY', entityCode: principal.entityCode!, roles: REPRESENTATIVE_INVITES };
  }
  return null;
}

const INVITATION_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'entity_code',
  'invited_by_person_id',
  'created_at',
  'expires_at',
  'accepted_at',
  'accepted_by_person_id',
  'revoked_at',
  'mailed_at',
  'code_hash',
] as const;

const maybe = (v: unknown): Date | null => (v === null || v === undefined ? null : instantOf(v));

export function invitationOf(r: Record<string, unknown>): InvitationRow {
  return {
    id: String(r.id),
    email: String(r.email),
    name: (r.name as string | null) ?? null,
    role: r.role as MembershipRole,
    entityCode: (r.entity_code as string | null) ?? null,
    invitedByPersonId: (r.invited_by_person_id as string | null) ?? null,
    createdAt: instantOf(r.created_at),
    expiresAt: instantOf(r.expires_at),
    acceptedAt: maybe(r.accepted_at),
    acceptedByPersonId: (r.accepted_by_person_id as string | null) ?? null,
    revokedAt: maybe(r.revoked_at),
    mailedAt: maybe(r.mailed_at),
  };
}

/** The id an idempotency key gives an invitation: the same inviter and key always name the same row. */
function idempotentId(inviter: string, key: string): string {
  const h = createHash('sha256').update(`invitation\u0000${inviter}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** What the public page of a link says: no personal data, only what the invitation is and where it stands. */
export interface InvitationPageFacts {
  status: InvitationStatus;
  roleLabel: string;
  entityName: string | null;
  entityKindLabel: string | null;
  expiresAt: Date;
}

export interface InvitationServiceDeps {
  config: Config;
  orm: Orm;
  clock: Clock;
  people: PeopleDirectory;
  peopleService: PeopleService;
  enqueue(payload: SendInvitationPayload): Promise<void>;
  /** Where links point: PUBLIC_URL, else the API's own address once it listens. */
  linkBase(): string;
  logger: Logger;
}

/**
 * Invitations: who may invite whom (coordinators: ministry staff and representatives;
 * representatives: their entity's TIC leader and members), single-use expiring codes of which only
 * the hash is kept, the mail queued after commit, resending (a new code), revoking, and accepting,
 * which binds the person in one transaction (handing the office over when the role has one holder).
 */
export class InvitationService {
  private readonly knex: Knex;
  private readonly instant: (d: Date) => Date | number;
  private readonly sqlite: boolean;

  constructor(private readonly deps: InvitationServiceDeps) {
    this.knex = deps.orm.em.getKnex();
    this.instant = instantFor(deps.orm.em);
    this.sqlite = deps.orm.em.getPlatform() instanceof BaseSqlitePlatform;
  }

  type(row: InvitationRow): InvitationType | Promise<InvitationType> {
    const build = (entity: InvitationType['entity']): InvitationType =>
      Object.assign(new InvitationType(), {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        roleLabel: membershipLabel[row.role],
        entityCode: row.entityCode,
        entity,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
        mailedAt: row.mailedAt,
        status: invitationStatus(row, this.deps.clock.now()),
        row,
      });
    const entity = this.deps.peopleService.entity(row.entityCode);
    return entity instanceof Promise ? entity.then(build) : build(entity);
  }

  async invite(principal: Principal, input: InvitePersonInput): Promise<InvitationType> {
    const email = input.email.trim().toLowerCase();
    const name = input.name?.trim() || null;
    const role = input.role;
    let entityCode = input.entityCode ?? null;
    if (principal.role === Role.COORDINATOR) {
      if (!COORDINATOR_INVITES.has(role)) {
        throw new ForbiddenError(
          'La coordinación invita al personal del Ministerio y a los representantes; el líder TIC y los funcionarios los invita el representante',
        );
      }
      if (role === MembershipRole.REPRESENTATIVE && !entityCode) {
        throw new BadUserInputError('Indique la entidad del representante', {
          path: 'input.entityCode',
          code: ProblemCode.REQUIRED,
          problem: 'es obligatoria para un rol de entidad',
        });
      }
      if (!isEntityMembership(role) && entityCode) {
        throw new BadUserInputError('Los roles del Ministerio no llevan entidad', {
          path: 'input.entityCode',
          code: ProblemCode.NOT_ALLOWED,
          problem: 'no aplica a un rol del Ministerio',
        });
      }
    } else if (principal.role === Role.ENTITY_REPRESENTATIVE && principal.entityCode) {
      if (!REPRESENTATIVE_INVITES.has(role)) {
        throw new ForbiddenError('El representante invita al líder TIC y a los funcionarios de su entidad');
      }
      entityCode ??= principal.entityCode;
      if (entityCode !== principal.entityCode) throw new ForbiddenError('Solo puede invitar a personas a su propia entidad');
    } else {
      throw new ForbiddenError();
    }
    if (entityCode) await this.deps.peopleService.applyingEntity(entityCode, 'input.entityCode');

    const inviter = principal.personId ?? principal.subject;
    const id = input.idempotencyKey ? idempotentId(inviter, input.idempotencyKey) : randomUUID();
    const code = randomBytes(32).toString('base64url');
    const hash = codeHash(code);
    const outcome = await this.knex.transaction(async (trx) => {
      const existing = await trx('invitation')
        .where({ id })
        .first(...INVITATION_COLUMNS);
      if (existing) {
        const same = existing.email === email && existing.role === role && (existing.entity_code ?? null) === entityCode;
        if (!same) throw new ConflictError('La clave de idempotencia ya se usó para otra invitación', { path: 'input.idempotencyKey' });
        return { row: invitationOf(existing), created: false };
      }
      // Someone who already holds exactly this is not invited again.
      const holder = await trx('person as p')
        .join('membership as m', 'm.person_id', 'p.id')
        .whereNull('m.ended_at')
        .where('m.role', role)
        .where((w) => (entityCode ? w.where('m.entity_code', entityCode) : w.whereNull('m.entity_code')))
        .where((w) =>
          w
            .whereRaw('lower(p.contact_email) = ?', [email])
            .orWhere((x) => x.whereRaw('lower(p.email) = ?', [email]).andWhere('p.email_verified', true)),
        )
        .first('p.id');
      if (holder) throw new ConflictError('Esa persona ya tiene ese rol vigente');
      const now = this.deps.clock.now();
      // A pending invitation for the same address, role and entity is replaced, never duplicated.
      const replaced = trx('invitation').where({ email, role }).whereNull('accepted_at').whereNull('revoked_at');
      if (entityCode) replaced.where({ entity_code: entityCode });
      else replaced.whereNull('entity_code');
      const revoked = await replaced.update({ revoked_at: this.instant(now) });
      if (revoked) {
        await this.deps.people.audit(trx, {
          personId: null,
          action: 'INVITATION_REVOKED',
          role,
          entityCode,
          reason: 'Reemplazada por una invitación nueva a la misma dirección, rol y entidad',
          actorPersonId: principal.personId ?? null,
        });
      }
      const row = {
        id,
        code_hash: hash,
        email,
        name,
        role,
        entity_code: entityCode,
        invited_by_person_id: principal.personId ?? null,
        created_at: this.instant(now),
        expires_at: this.instant(new Date(now.getTime() + this.deps.config.people.invitationDays * DAY_MS)),
        accepted_at: null,
        accepted_by_person_id: null,
        revoked_at: null,
        mailed_at: null,
      };
      await trx('invitation').insert(row);
      await this.deps.people.audit(trx, {
        personId: null,
        action: 'INVITED',
        role,
        entityCode,
        reason: `Invitación a ${membershipLabel[role]}`,
        actorPersonId: principal.personId ?? null,
      });
      return { row: invitationOf(row), created: true };
    });
    if (outcome.created) await this.mail(outcome.row.id, code);
    return this.type(outcome.row);
  }

  /** A new code for a pending (or expired) invitation, mailed again; the old link stops working. */
  async resend(principal: Principal, input: ResendInvitationInput): Promise<InvitationType> {
    const code = randomBytes(32).toString('base64url');
    const row = await this.knex.transaction(async (trx) => {
      const found = await this.manageable(trx, principal, input.invitationId);
      this.open(found, 'reenviar');
      const now = this.deps.clock.now();
      const expiresAt = new Date(now.getTime() + this.deps.config.people.invitationDays * DAY_MS);
      await trx('invitation')
        .where({ id: found.id })
        .update({ code_hash: codeHash(code), expires_at: this.instant(expiresAt), mailed_at: null });
      await this.deps.people.audit(trx, {
        personId: null,
        action: 'INVITATION_RESENT',
        role: found.role,
        entityCode: found.entityCode,
        reason: 'Invitación reenviada con un enlace nuevo',
        actorPersonId: principal.personId ?? null,
      });
      return { ...found, expiresAt, mailedAt: null };
    });
    await this.mail(row.id, code);
    return this.type(row);
  }

  async revoke(principal: Principal, input: RevokeInvitationInput): Promise<InvitationType> {
    const reason = reasonOf(input.reason);
    const row = await this.knex.transaction(async (trx) => {
      const found = await this.manageable(trx, principal, input.invitationId);
      this.open(found, 'revocar');
      const now = this.deps.clock.now();
      await trx('invitation')
        .where({ id: found.id })
        .whereNull('accepted_at')
        .update({ revoked_at: this.instant(now) });
      await this.deps.people.audit(trx, {
        personId: null,
        action: 'INVITATION_REVOKED',
        role: found.role,
        entityCode: found.entityCode,
        reason,
        actorPersonId: principal.personId ?? null,
      });
      return { ...found, revokedAt: now };
    });
    return this.type(row);
  }

  /**
   * Accepts an invitation with its code, for the signed-in person whose verified e-mail is the
   * invitation's. One transaction: the invitation is taken (once: `accepted_at is null` guards
   * it), the caller's current membership ends, whoever holds a single-holder role of the entity
   * hands it over, the new membership starts, and all of it is audited.
   */
  async accept(principal: Principal, input: AcceptInvitationInput): Promise<MembershipType> {
    if (!principal.personId) throw new ForbiddenError('Solo una persona del directorio acepta invitaciones');
    if (principal.pendingPrivacyNotice) throw new PreconditionFailedError('PRIVACY_NOTICE', PRIVACY_NOTICE_MESSAGE);
    const hash = codeHash(input.code);
    const touched: string[] = [principal.subject];
    const created = await this.knex.transaction(async (trx) => {
      const found = await trx('invitation')
        .where({ code_hash: hash })
        .first(...INVITATION_COLUMNS);
      if (!found) throw new NotFoundError('La invitación no existe o su enlace fue reemplazado por uno más reciente');
      const invitation = invitationOf(found);
      const now = this.deps.clock.now();
      this.acceptable(invitation, now);
      const me = await trx('person').where({ id: principal.personId }).first('id', 'email', 'email_verified', 'contact_email', 'status');
      const verified = me && (me.email_verified === true || me.email_verified === 1);
      if (!me || !verified || String(me.email ?? '').toLowerCase() !== invitation.email) {
        throw new ForbiddenError(
          'Esta invitación es para otra dirección de correo: ingrese con la cuenta cuyo correo verificado recibió la invitación',
        );
      }
      if (me.status !== PersonStatus.ACTIVE) throw new ForbiddenError('Su acceso está desactivado');
      const at = this.instant(now);
      const taken = await trx('invitation')
        .where({ id: invitation.id })
        .whereNull('accepted_at')
        .whereNull('revoked_at')
        .update({ accepted_at: at, accepted_by_person_id: principal.personId });
      if (taken !== 1) throw new PreconditionFailedError('INVITATION_USED', 'La invitación ya fue usada');
      const mine = await trx('membership')
        .where({ person_id: principal.personId })
        .whereNull('ended_at')
        .first(...MEMBERSHIP_COLUMNS);
      if (mine) {
        await trx('membership').where({ id: mine.id }).update({ ended_at: at });
        await this.deps.people.audit(trx, {
          personId: principal.personId!,
          action: 'ENDED',
          role: mine.role as string,
          entityCode: (mine.entity_code as string | null) ?? null,
          reason: `Aceptó una invitación a ${membershipLabel[invitation.role]}`,
          actorPersonId: principal.personId,
        });
      }
      if (SINGLE_HOLDER.has(invitation.role) && invitation.entityCode) {
        const holders = await trx('membership as m')
          .join('person as p', 'p.id', 'm.person_id')
          .where({ 'm.entity_code': invitation.entityCode, 'm.role': invitation.role })
          .whereNull('m.ended_at')
          .select('m.id', 'm.person_id', 'p.subject');
        for (const holder of holders) {
          await trx('membership').where({ id: holder.id }).update({ ended_at: at });
          await this.deps.people.audit(trx, {
            personId: String(holder.person_id),
            action: 'TRANSFERRED',
            role: invitation.role,
            entityCode: invitation.entityCode,
            reason: `Entregó el rol a quien aceptó la invitación de ${membershipLabel[invitation.role]}`,
            actorPersonId: principal.personId,
          });
          touched.push(String(holder.subject));
        }
      }
      const row = {
        id: randomUUID(),
        person_id: principal.personId,
        role: invitation.role,
        entity_code: invitation.entityCode,
        started_at: at,
        ended_at: null,
      };
      await trx('membership').insert(row);
      if (!me.contact_email) await trx('person').where({ id: principal.personId }).update({ contact_email: invitation.email });
      await this.deps.people.audit(trx, {
        personId: principal.personId!,
        action: 'JOINED',
        role: invitation.role,
        entityCode: invitation.entityCode,
        reason: 'Aceptó la invitación',
        actorPersonId: invitation.invitedByPersonId,
      });
      return membershipOf(row);
    });
    this.deps.people.changed(touched);
    return this.deps.peopleService.membership(created);
  }

  /** The caller's pending invitations: PENDING, unexpired, addressed to their verified e-mail or their contact address. */
  async pendingFor(principal: Principal): Promise<InvitationType[]> {
    if (!principal.personId) return [];
    const me = await this.knex('person').where({ id: principal.personId }).first('email', 'email_verified', 'contact_email');
    if (!me) return [];
    const addresses = new Set<string>();
    if (me.email && (me.email_verified === true || me.email_verified === 1)) addresses.add(String(me.email).toLowerCase());
    if (me.contact_email) addresses.add(String(me.contact_email).toLowerCase());
    if (!addresses.size) return [];
    const rows = await this.knex('invitation')
      .whereIn('email', [...addresses])
      .whereNull('accepted_at')
      .whereNull('revoked_at')
      .where('expires_at', '>', this.instant(this.deps.clock.now()))
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select(...INVITATION_COLUMNS);
    return Promise.all(rows.map((r: Record<string, unknown>) => this.type(invitationOf(r))));
  }

  /** What the public page of a link shows (null: no such code). */
  async page(code: string): Promise<InvitationPageFacts | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(code)) return null;
    const found = await this.knex('invitation')
      .where({ code_hash: codeHash(code) })
      .first(...INVITATION_COLUMNS);
    if (!found) return null;
    const row = invitationOf(found);
    const entity = await this.deps.peopleService.entity(row.entityCode);
    return {
      status: invitationStatus(row, this.deps.clock.now()),
      roleLabel: membershipLabel[row.role],
      entityName: entity?.name ?? null,
      entityKindLabel: entity?.kindLabel ?? null,
      expiresAt: row.expiresAt,
    };
  }

  /**
   * The invitations the caller manages, newest first, filtered by status and entity: coordinators
   * all; a representative its own entity's TIC leader and member invitations (the reach that
   * resending and revoking check, so a listed invitation is one they can act on). Only what the
   * Invitation type shows is read: never the code's hash, nothing that accepts one.
   */
  async list(principal: Principal, args: InvitationsArgs): Promise<ConnectionResult<InvitationType>> {
    const reach = invitationReach(principal);
    if (!reach) throw new ForbiddenError('Las invitaciones las ven la coordinación y el representante de cada entidad');
    const filter = args.filter ?? {};
    if (reach.kind === 'ENTITY' && filter.entityCode && filter.entityCode !== reach.entityCode) {
      throw new ForbiddenError('Solo puede ver las invitaciones de su propia entidad');
    }
    const now = this.instant(this.deps.clock.now());
    const base = () => {
      const q = this.knex('invitation');
      if (reach.kind === 'ENTITY') q.where('entity_code', reach.entityCode).whereIn('role', [...reach.roles]);
      if (filter.entityCode) q.where('entity_code', filter.entityCode);
      // The same order of precedence as `invitationStatus`: accepted, revoked, expired, pending.
      switch (filter.status) {
        case InvitationStatus.ACCEPTED:
          q.whereNotNull('accepted_at');
          break;
        case InvitationStatus.REVOKED:
          q.whereNull('accepted_at').whereNotNull('revoked_at');
          break;
        case InvitationStatus.EXPIRED:
          q.whereNull('accepted_at').whereNull('revoked_at').where('expires_at', '<=', now);
          break;
        case InvitationStatus.PENDING:
          q.whereNull('accepted_at').whereNull('revoked_at').where('expires_at', '>', now);
          break;
      }
      return q;
    };
    const page = await newestFirst(this.instant, base, args, {
      ordering: 'invitations:created-desc',
      at: 'created_at',
      id: 'id',
      columns: INVITATION_COLUMNS.filter((c) => c !== 'code_hash'),
      atOf: (r) => r.created_at,
      toNode: (r) => invitationOf(r),
    });
    const nodes = await Promise.all(page.edges.map((e) => this.type(e.node)));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }

  /** The invitation, if the caller may resend or revoke it (coordinators: any; a representative: its entity's); NOT_FOUND otherwise. */
  private async manageable(trx: Knex.Transaction, principal: Principal, id: string): Promise<InvitationRow> {
    const q = trx('invitation').where({ id: isUuid(id) ? id : '00000000-0000-0000-0000-000000000000' });
    if (!this.sqlite) void q.forUpdate();
    const found = await q.first(...INVITATION_COLUMNS);
    if (!found) throw new NotFoundError('La invitación no existe');
    const row = invitationOf(found);
    const reach = invitationReach(principal);
    if (reach?.kind === 'ALL') return row;
    if (reach?.kind === 'ENTITY' && row.entityCode === reach.entityCode) {
      if (!reach.roles.has(row.role)) throw new ForbiddenError('Esa invitación la gestiona la coordinación');
      return row;
    }
    throw new NotFoundError('La invitación no existe');
  }

  /** Refuses an invitation that was accepted or revoked (resending and revoking still apply to an expired one). */
  private open(row: InvitationRow, what: string): void {
    if (row.acceptedAt) throw new PreconditionFailedError('INVITATION_USED', `La invitación ya fue aceptada: no se puede ${what}`);
    if (row.revokedAt) throw new PreconditionFailedError('INVITATION_REVOKED', `La invitación fue revocada: no se puede ${what}`);
  }

  private acceptable(row: InvitationRow, now: Date): void {
    if (row.acceptedAt) throw new PreconditionFailedError('INVITATION_USED', 'La invitación ya fue usada');
    if (row.revokedAt) throw new PreconditionFailedError('INVITATION_REVOKED', 'La invitación fue revocada: pida una nueva');
    if (row.expiresAt.getTime() <= now.getTime())
      throw new PreconditionFailedError('INVITATION_EXPIRED', 'La invitación venció: pida que se la reenvíen');
  }

  /** Queues the mail after commit; with Redis away the invitation stays unmailed (resend it later). */
  private async mail(invitationId: string, code: string): Promise<void> {
    try {
      await this.deps.enqueue({ invitationId, code, linkBase: this.deps.linkBase() });
    } catch (err) {
      this.deps.logger.warn({ err, invitationId }, 'no se pudo encolar el correo de una invitación: reenvíela');
    }
  }
}
