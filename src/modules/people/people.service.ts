import { randomUUID } from 'node:crypto';
import { BaseSqlitePlatform, type Knex } from '@mikro-orm/knex';

import { isEntityUser } from '../../core/auth/policy';
import { Role, type Principal } from '../../core/auth/principal';
import { BadUserInputError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import type { ConnectionResult } from '../../core/graphql/connection';
import { instantFor, type Orm } from '../../core/orm/orm';
import { isUuid } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import type { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { MembershipEventType, type MembershipEventRow } from './membership-event.type';
import { membershipLabel } from './membership-roles';
import { newestFirst, type NewestFirstPage } from './newest-first';
import type { PeopleDirectory } from './people-directory';
import { personView, seesEntityPeople } from './people-visibility';
import type {
  DeactivatePersonInput,
  EndMembershipInput,
  MembershipEventsArgs,
  PeopleArgs,
  ReactivatePersonInput,
  TransferRepresentationInput,
} from './people.inputs';
import { instantOf, MEMBERSHIP_COLUMNS, membershipOf, PERSON_COLUMNS, personOf, type PeopleLoaders } from './people.loaders';
import { MembershipRole, PersonStatus } from './person.entity';
import { MembershipType, PersonType, type MembershipRow, type PersonRow } from './person.type';

const ENTITY_ROLE_ORDER: Record<string, number> = { REPRESENTATIVE: 0, TIC_LEADER: 1, MEMBER: 2 };

/** A reason as given, trimmed; a blank one is refused like a missing one. */
export function reasonOf(reason: string, path = 'input.reason'): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new BadUserInputError('Indique el motivo', { path, code: ProblemCode.REQUIRED, problem: 'no puede estar en blanco' });
  return trimmed;
}

/** A search term for LIKE '%…%' (lower case; LIKE's own wildcards dropped). */
const searchTerm = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[%_\\]/g, '');

export function membershipType(row: MembershipRow, entity: TerritorialEntityType | null): MembershipType {
  const m = new MembershipType();
  Object.assign(m, {
    id: row.id,
    role: row.role,
    roleLabel: membershipLabel[row.role],
    entityCode: row.entityCode,
    entity,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    row,
  });
  return m;
}

/**
 * The directory as the API serves it: who sees whom (people-visibility.ts), the list of people, an
 * entity's people, the audit trail, and the coordinators' and representatives' changes to
 * memberships (handover, ending one, deactivating a person). Every change is audited in its own
 * transaction and published to every process after commit (`PeopleDirectory.changed`).
 */
export class PeopleService {
  private readonly knex: Knex;
  private readonly instant: (d: Date) => Date | number;
  private readonly sqlite: boolean;

  constructor(
    orm: Orm,
    private readonly clock: Clock,
    private readonly people: PeopleDirectory,
    private readonly territories: TerritorialDirectory,
  ) {
    this.knex = orm.em.getKnex();
    this.instant = instantFor(orm.em);
    this.sqlite = orm.em.getPlatform() instanceof BaseSqlitePlatform;
  }

  entity(code: string | null): TerritorialEntityType | null | Promise<TerritorialEntityType | null> {
    if (!code) return null;
    return this.territories.read((d) => d.find(code));
  }

  async membership(row: MembershipRow): Promise<MembershipType> {
    return membershipType(row, await this.entity(row.entityCode));
  }

  /** One person, if the caller may see them at all (null otherwise, as if they did not exist). */
  async find(principal: Principal, loaders: PeopleLoaders, id: string): Promise<PersonType | null> {
    if (!isUuid(id)) return null;
    const row = await loaders.persons.load(id);
    if (!row) return null;
    const current = await loaders.current.load(id);
    if (personView(principal, { id, current }) === 'NONE') return null;
    return PersonType.from(row, current);
  }

  /** The whole directory, filtered: coordinators and auditors only. */
  async list(principal: Principal, args: PeopleArgs): Promise<ConnectionResult<PersonType>> {
    if (principal.role !== Role.COORDINATOR && principal.role !== Role.AUDITOR) {
      throw new ForbiddenError('El directorio completo de personas es de la coordinación y los auditores');
    }
    const ordering = 'people:createdAt-desc';
    const filter = args.filter ?? {};
    const base = () => {
      const q = this.knex('person as p').leftJoin('membership as m', function () {
        this.on('m.person_id', '=', 'p.id').andOnNull('m.ended_at');
      });
      if (filter.role) q.where('m.role', filter.role);
      if (filter.entityCode) q.where('m.entity_code', filter.entityCode);
      if (filter.status) q.where('p.status', filter.status);
      const term = filter.search ? searchTerm(filter.search) : '';
      if (term) {
        const like = `%${term}%`;
        q.where((w) =>
          w
            .whereRaw('lower(p.name) like ?', [like])
            .orWhereRaw('lower(p.contact_email) like ?', [like])
            .orWhereRaw('lower(p.email) like ?', [like])
            .orWhereRaw('lower(p.pseudonym) like ?', [like]),
        );
      }
      return q;
    };
    return this.newestFirst(base, args, {
      ordering,
      at: 'p.created_at',
      id: 'p.id',
      columns: [
        ...PERSON_COLUMNS.map((c) => `p.${c}`),
        'm.id as m_id',
        'm.role as m_role',
        'm.entity_code as m_entity_code',
        'm.started_at as m_started_at',
      ],
      atOf: (r) => r.created_at,
      toNode: (r) => PersonType.from(personOf(r), currentOf(r)),
    });
  }

  /** The people who belong to an entity now (representative, TIC leader, members), or FORBIDDEN for another entity's user. */
  async entityPeople(principal: Principal, code: string): Promise<PersonType[]> {
    if (!seesEntityPeople(principal, code)) throw new ForbiddenError('Solo los usuarios de la entidad y el Ministerio ven sus personas');
    const rows = await this.knex('person as p')
      .join('membership as m', 'm.person_id', 'p.id')
      .whereNull('m.ended_at')
      .where('m.entity_code', code)
      .select(
        ...PERSON_COLUMNS.map((c) => `p.${c}`),
        'm.id as m_id',
        'm.role as m_role',
        'm.entity_code as m_entity_code',
        'm.started_at as m_started_at',
      );
    return rows
      .map((r: Record<string, unknown>) => PersonType.from(personOf(r), currentOf(r)))
      .sort(
        (a, b) =>
          (ENTITY_ROLE_ORDER[a.current!.role] ?? 9) - (ENTITY_ROLE_ORDER[b.current!.role] ?? 9) ||
          (a.row.name ?? '').localeCompare(b.row.name ?? '', 'es') ||
          a.id.localeCompare(b.id),
      );
  }

  /** The audit trail: coordinators and auditors all of it; an entity's representative its entity's. */
  async events(principal: Principal, args: MembershipEventsArgs): Promise<ConnectionResult<MembershipEventType>> {
    const filter = args.filter ?? {};
    let entityCode = filter.entityCode ?? null;
    if (principal.role === Role.ENTITY_REPRESENTATIVE && principal.entityCode) {
      if (entityCode && entityCode !== principal.entityCode) throw new ForbiddenError('Solo puede ver el historial de su propia entidad');
      entityCode = principal.entityCode;
    } else if (principal.role !== Role.COORDINATOR && principal.role !== Role.AUDITOR) {
      throw new ForbiddenError('El historial de accesos es de la coordinación, los auditores y el representante de cada entidad');
    }
    const ordering = 'membershipEvents:at-desc';
    const base = () => {
      const q = this.knex('membership_event as e');
      if (entityCode) q.where('e.entity_code', entityCode);
      if (filter.personId) q.where((w) => w.where('e.person_id', filter.personId!).orWhere('e.actor_person_id', filter.personId!));
      return q;
    };
    return this.newestFirst(base, args, {
      ordering,
      at: 'e.at',
      id: 'e.id',
      columns: ['e.id', 'e.at', 'e.actor_person_id', 'e.person_id', 'e.entity_code', 'e.action', 'e.role', 'e.reason'],
      atOf: (r) => r.at,
      toNode: (r) => MembershipEventType.from(eventOf(r)),
    });
  }

  /** A page of `base()` newest first by (instant, id) with keyset cursors, and the total of `base()`. */
  private newestFirst<T>(
    base: () => Knex.QueryBuilder,
    args: { first: number; after?: string | null },
    page: NewestFirstPage<T>,
  ): Promise<ConnectionResult<T>> {
    return newestFirst(this.instant, base, args, page);
  }

  /**
   * Hands an entity to a new representative: a coordinator, or the entity's representative for its
   * own entity. The target is an active person with no membership or one in the same entity (which
   * the representation replaces); the outgoing representative's membership ends. Both are audited
   * TRANSFERRED with the reason.
   */
  async transferRepresentation(principal: Principal, input: TransferRepresentationInput): Promise<MembershipType> {
    const byRepresentative = principal.role === Role.ENTITY_REPRESENTATIVE && principal.entityCode === input.entityCode;
    if (principal.role !== Role.COORDINATOR && !byRepresentative) {
      throw new ForbiddenError('Entregan la representación la coordinación o el representante de la propia entidad');
    }
    const reason = reasonOf(input.reason);
    await this.applyingEntity(input.entityCode, 'input.entityCode');
    const touched: string[] = [];
    const created = await this.knex.transaction(async (trx) => {
      const now = this.instant(this.clock.now());
      const target = await this.personForUpdate(trx, input.personId);
      if (target.status !== PersonStatus.ACTIVE) {
        throw new PreconditionFailedError('PERSON_NOT_ACTIVE', 'La persona que recibe la representación no está activa');
      }
      const theirs = await trx('membership')
        .where({ person_id: target.id })
        .whereNull('ended_at')
        .first(...MEMBERSHIP_COLUMNS);
      if (theirs && theirs.entity_code !== input.entityCode) {
        throw new PreconditionFailedError(
          'MEMBERSHIP_ELSEWHERE',
          'La persona tiene una membresía vigente en el Ministerio o en otra entidad: termínela antes de entregarle la representación',
        );
      }
      if (theirs?.role === MembershipRole.REPRESENTATIVE) {
        throw new PreconditionFailedError('ALREADY_REPRESENTATIVE', 'La persona ya es la representante de la entidad');
      }
      const outgoing = await trx('membership as m')
        .join('person as p', 'p.id', 'm.person_id')
        .where({ 'm.entity_code': input.entityCode, 'm.role': MembershipRole.REPRESENTATIVE })
        .whereNull('m.ended_at')
        .first('m.id', 'm.person_id', 'p.subject');
      if (outgoing) {
        await trx('membership').where({ id: outgoing.id }).update({ ended_at: now });
        await this.people.audit(trx, {
          personId: String(outgoing.person_id),
          action: 'TRANSFERRED',
          role: MembershipRole.REPRESENTATIVE,
          entityCode: input.entityCode,
          reason,
          actorPersonId: principal.personId ?? null,
        });
        touched.push(String(outgoing.subject));
      }
      if (theirs) {
        await trx('membership').where({ id: theirs.id }).update({ ended_at: now });
        await this.people.audit(trx, {
          personId: target.id,
          action: 'ENDED',
          role: theirs.role as string,
          entityCode: input.entityCode,
          reason: `Reemplazada por la representación de la entidad: ${reason}`,
          actorPersonId: principal.personId ?? null,
        });
      }
      const row = {
        id: randomUUID(),
        person_id: target.id,
        role: MembershipRole.REPRESENTATIVE,
        entity_code: input.entityCode,
        started_at: now,
        ended_at: null,
      };
      await trx('membership').insert(row);
      await this.people.audit(trx, {
        personId: target.id,
        action: 'TRANSFERRED',
        role: MembershipRole.REPRESENTATIVE,
        entityCode: input.entityCode,
        reason,
        actorPersonId: principal.personId ?? null,
      });
      touched.push(target.subject);
      return membershipOf(row);
    });
    this.people.changed(touched);
    return this.membership(created);
  }

  /** Ends someone's current membership: a coordinator anyone's; a representative its entity's TIC leader's and members'. */
  async endMembership(principal: Principal, input: EndMembershipInput): Promise<PersonType> {
    const reason = reasonOf(input.reason);
    const subject = await this.knex.transaction(async (trx) => {
      const target = await this.personForUpdate(trx, input.personId);
      const current = await trx('membership')
        .where({ person_id: target.id })
        .whereNull('ended_at')
        .first(...MEMBERSHIP_COLUMNS);
      const mayEnd =
        principal.role === Role.COORDINATOR ||
        (principal.role === Role.ENTITY_REPRESENTATIVE &&
          current &&
          current.entity_code === principal.entityCode &&
          (current.role === MembershipRole.TIC_LEADER || current.role === MembershipRole.MEMBER));
      if (!mayEnd) {
        if (isEntityUser(principal) && current?.entity_code !== principal.entityCode) throw new NotFoundError('La persona no existe');
        throw new ForbiddenError(
          'Terminan membresías la coordinación, o el representante las del líder TIC y los funcionarios de su entidad',
        );
      }
      if (target.id === principal.personId) {
        throw new PreconditionFailedError('SELF', 'No puede terminar su propia membresía: pídalo a otra persona de la coordinación');
      }
      if (!current) throw new PreconditionFailedError('NO_MEMBERSHIP', 'La persona no tiene una membresía vigente');
      await trx('membership')
        .where({ id: current.id })
        .whereNull('ended_at')
        .update({ ended_at: this.instant(this.clock.now()) });
      await this.people.audit(trx, {
        personId: target.id,
        action: 'ENDED',
        role: current.role as string,
        entityCode: (current.entity_code as string | null) ?? null,
        reason,
        actorPersonId: principal.personId ?? null,
      });
      return target.subject;
    });
    this.people.changed([subject]);
    return this.reread(input.personId);
  }

  /** Deactivates a person (coordinators): the door refuses them on their next request in every process. */
  async deactivate(principal: Principal, input: DeactivatePersonInput): Promise<PersonType> {
    if (input.personId === principal.personId) {
      throw new PreconditionFailedError('SELF_DEACTIVATION', 'No puede desactivarse a sí mismo: pídalo a otra persona de la coordinación');
    }
    return this.changeStatus(principal, input, {
      from: PersonStatus.ACTIVE,
      to: PersonStatus.DEACTIVATED,
      action: 'DEACTIVATED',
      refusal: () => new PreconditionFailedError('PERSON_NOT_ACTIVE', 'La persona ya está desactivada o anonimizada'),
    });
  }

  /** Reactivates a deactivated person (coordinators); an anonymised one stays as it is. Their membership was kept. */
  async reactivate(principal: Principal, input: ReactivatePersonInput): Promise<PersonType> {
    return this.changeStatus(principal, input, {
      from: PersonStatus.DEACTIVATED,
      to: PersonStatus.ACTIVE,
      action: 'REACTIVATED',
      refusal: () =>
        new PreconditionFailedError(
          'PERSON_NOT_DEACTIVATED',
          'Solo se reactiva a una persona desactivada (no a una activa ni a una anonimizada)',
        ),
    });
  }

  /** Moves a person between ACTIVE and DEACTIVATED, audited with their current membership, and tells every process. */
  private async changeStatus(
    principal: Principal,
    input: { personId: string; reason: string },
    change: { from: PersonStatus; to: PersonStatus; action: string; refusal: () => Error },
  ): Promise<PersonType> {
    const reason = reasonOf(input.reason);
    const subject = await this.knex.transaction(async (trx) => {
      const target = await this.personForUpdate(trx, input.personId);
      if (target.status !== change.from) throw change.refusal();
      const deactivatedAt = change.to === PersonStatus.DEACTIVATED ? this.instant(this.clock.now()) : null;
      await trx('person').where({ id: target.id, status: change.from }).update({ status: change.to, deactivated_at: deactivatedAt });
      const current = await trx('membership').where({ person_id: target.id }).whereNull('ended_at').first('role', 'entity_code');
      await this.people.audit(trx, {
        personId: target.id,
        action: change.action,
        role: (current?.role as string | undefined) ?? null,
        entityCode: (current?.entity_code as string | undefined) ?? null,
        reason,
        actorPersonId: principal.personId ?? null,
      });
      return target.subject;
    });
    this.people.changed([subject]);
    return this.reread(input.personId);
  }

  /** An entity that exists and can apply (an "Área no municipalizada" has no alcaldía). */
  async applyingEntity(code: string, path: string): Promise<TerritorialEntityType> {
    const entity = await this.entity(code);
    if (!entity) throw new BadUserInputError(`La entidad ${code} no está en DIVIPOLA`, { path, code: ProblemCode.UNKNOWN });
    if (!entity.eligibleToApply) {
      throw new PreconditionFailedError(
        'ENTITY_NOT_ELIGIBLE',
        `${entity.name} es un área no municipalizada: no tiene alcaldía ni representante`,
      );
    }
    return entity;
  }

  /** The person row, locked for the transaction where the database can (NOT_FOUND when there is none). */
  async personForUpdate(trx: Knex.Transaction, id: string): Promise<PersonRow> {
    const q = trx('person').where({ id });
    // SQLite has one writer at a time: the transaction itself is the lock.
    if (!this.sqlite) void q.forUpdate();
    const row = await q.first(...PERSON_COLUMNS);
    if (!row) throw new NotFoundError('La persona no existe');
    return personOf(row);
  }

  private async reread(id: string): Promise<PersonType> {
    const [row] = await this.knex('person')
      .where({ id })
      .select(...PERSON_COLUMNS);
    const current = await this.knex('membership')
      .where({ person_id: id })
      .whereNull('ended_at')
      .first(...MEMBERSHIP_COLUMNS);
    return PersonType.from(personOf(row), current ? membershipOf(current) : null);
  }
}

/** The current membership read beside a person (`m_*` columns), or null. */
function currentOf(r: Record<string, unknown>): MembershipRow | null {
  if (!r.m_id) return null;
  return {
    id: String(r.m_id),
    personId: String(r.id),
    role: r.m_role as MembershipRole,
    entityCode: (r.m_entity_code as string | null) ?? null,
    startedAt: instantOf(r.m_started_at),
    endedAt: null,
  };
}

function eventOf(r: Record<string, unknown>): MembershipEventRow {
  return {
    id: String(r.id),
    at: instantOf(r.at),
    actorPersonId: (r.actor_person_id as string | null) ?? null,
    personId: (r.person_id as string | null) ?? null,
    entityCode: (r.entity_code as string | null) ?? null,
    action: String(r.action),
    role: (r.role as MembershipRole | null) ?? null,
    reason: (r.reason as string | null) ?? null,
  };
}
