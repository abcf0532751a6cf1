import { createHash, randomUUID } from 'node:crypto';
import { BaseSqlitePlatform, type EntityManager, type Knex } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ConflictError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import { instantFor } from '../../core/orm/orm';
import { problemsText } from '../../core/text';
import { longDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import type { DirectorySnapshot, TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import {
  adoptedSince,
  ADOPTION_SINCE,
  adoptionList,
  APPLYING_KINDS,
  entitiesWithPeople,
  invitationsByEntity,
  sinceInstant,
  today,
  validationsByEntity,
  type AdoptionFilterValues,
  type AdoptionQuery,
  type AdoptionRow,
} from './adoption-facts';
import { MAX_INVITED } from './adoption.inputs';
import { AdoptionEntryType, AdoptionInvitationResultType, AdoptionOutcome, InviteToAdoptPayload } from './adoption.type';

const DAY_MS = 24 * 3600 * 1000;
const ORDERING = 'ADOPTION_CODE';

const outcomeMessage: Record<AdoptionOutcome, string> = {
  [AdoptionOutcome.INVITED]: 'Invitada: se notificó a sus personas en la plataforma y por correo',
  [AdoptionOutcome.ALREADY_ASSESSED]: 'No se invitó: ya tiene un autodiagnóstico validado desde la fecha',
  [AdoptionOutcome.INVITED_RECENTLY]: 'No se invitó: ya se la invitó hace poco',
  [AdoptionOutcome.NO_PEOPLE]: 'No se invitó: no tiene personas activas en el directorio; invite primero a su representante',
};

/** The batch id an idempotency key gives: the same coordinator and key always name the same call. */
function batchIdOf(subject: string, key: string): string {
  const h = createHash('sha256').update(`adoption-invitation\u0000${subject}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function entryType(row: AdoptionRow): AdoptionEntryType {
  return {
    entity: row.entity,
    lastValidatedAssessment: row.lastValidated ? { ...row.lastValidated } : null,
    assessmentInProgress: row.inProgress,
    lastInvitedAt: row.lastInvitedAt,
    invitationCount: row.invitations,
  };
}

export interface AdoptionServiceDeps {
  clock: Clock;
  directory: TerritorialDirectory;
  reinviteDays: number;
  /** Queues the job that notifies the invited entities of a call (after its commit); a failure is left to the reconciler. */
  enqueue(batchId: string): Promise<void>;
  logger: Logger;
}

/**
 * Adoption of the maturity model (Res. 1117 de 2022, issue 24): which entities that can apply have
 * no validated assessment since a day, and inviting them to take part. Who may call each is the
 * policy's (ReadAdoption, InviteToAdopt); this service checks the input and keeps the invitations.
 */
export class AdoptionService {
  constructor(private readonly deps: AdoptionServiceDeps) {}

  /** The filter checked against the directory and the calendar, with its default day; refusals name `path`. */
  async query(
    filter: AdoptionFilterValues | null | undefined,
    path: string,
  ): Promise<{ query: AdoptionQuery; directory: DirectorySnapshot }> {
    const directory = await this.deps.directory.current();
    const problems: Problem[] = [];
    const since = filter?.since ?? ADOPTION_SINCE;
    const day = today(this.deps.clock.now());
    if (since > day)
      problems.push({ path: `${path}.since`, code: ProblemCode.OUT_OF_RANGE, message: `no puede ser posterior a hoy (${longDay(day)})` });
    // Bogotá D.C. (11) is a district, not a department, yet its alcaldía is found under its code like any department's.
    if (filter?.departmentCode && directory.departmentName(filter.departmentCode) === null)
      problems.push({
        path: `${path}.departmentCode`,
        code: ProblemCode.UNKNOWN,
        message: `no hay un departamento ${filter.departmentCode} en DIVIPOLA`,
      });
    if (filter?.kind && !APPLYING_KINDS.includes(filter.kind))
      problems.push({
        path: `${path}.kind`,
        code: ProblemCode.NOT_ALLOWED,
        message: 'las áreas no municipalizadas no tienen alcaldía ni se postulan',
      });
    if (problems.length) throw new BadUserInputError(`No se atendió la solicitud: ${problemsText(problems)}`, { problems });
    return { query: { since, departmentCode: filter?.departmentCode ?? null, kind: filter?.kind ?? null }, directory };
  }

  /** The whole list, by code. */
  async list(
    em: EntityManager,
    filter: AdoptionFilterValues | null | undefined,
    path = 'filter',
  ): Promise<{ rows: AdoptionRow[]; query: AdoptionQuery; directory: DirectorySnapshot }> {
    const { query, directory } = await this.query(filter, path);
    return { rows: await adoptionList(em.getKnex(), directory, query), query, directory };
  }

  /** A Relay page of the list, by DIVIPOLA code. */
  async page(
    em: EntityManager,
    args: { filter?: AdoptionFilterValues | null | undefined; first: number; after?: string | null },
  ): Promise<ConnectionResult<AdoptionEntryType>> {
    const after = args.after ? decodeCursor(args.after, ORDERING, 1)[0] : null;
    const { rows } = await this.list(em, args.filter);
    const start = after === null ? 0 : rows.findIndex((r) => r.entity.code > after);
    const rest = start < 0 ? [] : rows.slice(start);
    return toConnection({
      rows: args.first === 0 ? [] : rest.slice(0, args.first + 1),
      first: args.first,
      after: args.after,
      totalCount: rows.length,
      cursorOf: (r) => encodeCursor(ORDERING, [r.entity.code]),
      toNode: entryType,
    });
  }

  /**
   * Invites the entities to take part: each one that can apply, has no assessment validated since
   * the day, has people in the directory and was not invited within ADOPTION_REINVITE_DAYS gets an
   * invitation row (and, after the commit, a notification to its people); the others are reported
   * skipped with the reason. Unknown codes, áreas no municipalizadas and too many codes refuse the
   * whole call, writing nothing. With an idempotency key, a repeated call answers the first result.
   */
  async invite(
    em: EntityManager,
    principal: Principal,
    input: { entityCodes: string[]; since?: string | null; idempotencyKey?: string | null },
  ): Promise<InviteToAdoptPayload> {
    const { query, directory } = await this.query({ since: input.since }, 'input');
    const codes = this.checkCodes(directory, input.entityCodes);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([codes, query.since]))
      .digest('hex');
    const batchId = input.idempotencyKey ? batchIdOf(principal.subject, input.idempotencyKey) : randomUUID();
    const knex = em.getKnex();
    const instant = instantFor(em);

    const replay = async (db: Knex | Knex.Transaction): Promise<InviteToAdoptPayload | null> => {
      const rows: { entity_code: string; outcome: AdoptionOutcome; fingerprint: string }[] = await db('adoption_invitation')
        .where({ batch_id: batchId })
        .select('entity_code', 'outcome', 'fingerprint');
      if (!rows.length) return null;
      if (rows[0].fingerprint !== fingerprint)
        throw new ConflictError('La clave de idempotencia ya se usó para otra invitación', { path: 'input.idempotencyKey' });
      const byCode = new Map(rows.map((r) => [r.entity_code, r.outcome]));
      return this.payload(
        directory,
        codes.map((code) => ({ code, outcome: byCode.get(code)! })),
        true,
      );
    };

    const first = await replay(knex);
    if (first) return first;
    const now = this.deps.clock.now();
    let outcomes: { code: string; outcome: AdoptionOutcome }[];
    try {
      outcomes = await knex.transaction(async (trx) => {
        // Two calls naming the same entity at once (a double click, two coordinators) would both read
        // "not invited lately" and both invite: on PostgreSQL the entities' rows are locked, in code
        // order, until this call's invitations are written; SQLite writes one transaction at a time.
        if (!(em.getPlatform() instanceof BaseSqlitePlatform)) {
          await trx('territorial_entity').whereIn('code', codes).orderBy('code').forUpdate().select('code');
        }
        const from = sinceInstant(query.since);
        const validations = await validationsByEntity(trx, codes);
        const invitations = await invitationsByEntity(trx, codes);
        const people = await entitiesWithPeople(trx, codes);
        const recent = new Date(now.getTime() - this.deps.reinviteDays * DAY_MS);
        const decided = codes.map((code) => {
          const last = invitations.get(code)?.last;
          const outcome = adoptedSince(validations.get(code), from)
            ? AdoptionOutcome.ALREADY_ASSESSED
            : last && last.getTime() > recent.getTime()
              ? AdoptionOutcome.INVITED_RECENTLY
              : !people.has(code)
                ? AdoptionOutcome.NO_PEOPLE
                : AdoptionOutcome.INVITED;
          return { code, outcome };
        });
        const rows = decided.map(({ code, outcome }) => ({
          id: randomUUID(),
          batch_id: batchId,
          entity_code: code,
          outcome,
          invited_at: instant(now),
          invited_by: principal.subject,
          since: query.since,
          fingerprint,
          notified_at: null,
        }));
        for (let i = 0; i < rows.length; i += 100) await trx('adoption_invitation').insert(rows.slice(i, i + 100));
        return decided;
      });
    } catch (err) {
      // The same key sent twice at once: the second insert meets the first's rows.
      const again = input.idempotencyKey ? await replay(knex) : null;
      if (again) return again;
      throw err;
    }
    if (outcomes.some((o) => o.outcome === AdoptionOutcome.INVITED)) {
      await this.deps
        .enqueue(batchId)
        .catch((err: unknown) =>
          this.deps.logger.warn(
            { err, batchId },
            'no se pudo encolar el aviso de la invitación a adoptar el modelo; el reconciliador lo encolará',
          ),
        );
    }
    return this.payload(directory, outcomes, false);
  }

  /** The codes, trimmed and once each, or the refusal of the whole call naming each bad one. */
  private checkCodes(directory: DirectorySnapshot, given: string[]): string[] {
    const problems: Problem[] = [];
    if (!given.length) problems.push({ path: 'input.entityCodes', code: ProblemCode.REQUIRED, message: 'indique al menos una entidad' });
    if (given.length > MAX_INVITED)
      problems.push({
        path: 'input.entityCodes',
        code: ProblemCode.TOO_LONG,
        message: `admite hasta ${MAX_INVITED} entidades por solicitud (recibió ${given.length})`,
      });
    if (problems.length) throw new BadUserInputError(`No se invitó a ninguna entidad: ${problemsText(problems)}`, { problems });
    const codes: string[] = [];
    given.forEach((raw, i) => {
      const code = raw.trim();
      const path = `input.entityCodes[${i}]`;
      const entity = /^\d{2}(\d{3})?$/.test(code) ? directory.find(code) : null;
      if (!/^\d{2}(\d{3})?$/.test(code))
        problems.push({ path, code: ProblemCode.INVALID_FORMAT, message: 'debe ser un código DIVIPOLA de 2 o 5 dígitos' });
      else if (!entity) problems.push({ path, code: ProblemCode.UNKNOWN, message: `no hay una entidad ${code} en DIVIPOLA` });
      else if (!APPLYING_KINDS.includes(entity.kind))
        problems.push({
          path,
          code: ProblemCode.NOT_ALLOWED,
          message: `${entity.name} (${code}) es un área no municipalizada: no tiene alcaldía ni se postula`,
        });
      else if (!codes.includes(code)) codes.push(code);
    });
    if (problems.length) throw new BadUserInputError(`No se invitó a ninguna entidad: ${problemsText(problems)}`, { problems });
    return codes;
  }

  private payload(
    directory: DirectorySnapshot,
    outcomes: { code: string; outcome: AdoptionOutcome }[],
    replayed: boolean,
  ): InviteToAdoptPayload {
    const results: AdoptionInvitationResultType[] = outcomes.map(({ code, outcome }) => ({
      entityCode: code,
      entity: directory.find(code)!,
      outcome,
      message: outcomeMessage[outcome],
    }));
    return { results, invitedCount: results.filter((r) => r.outcome === AdoptionOutcome.INVITED).length, replayed };
  }
}

/** The invitations of a call still to notify (INVITED, not yet notified), oldest call first for the reconciler. */
export async function unnotifiedBatches(db: Knex, limit: number): Promise<string[]> {
  const rows: { batch_id: string }[] = await db('adoption_invitation')
    .where('outcome', AdoptionOutcome.INVITED)
    .whereNull('notified_at')
    .groupBy('batch_id')
    .orderByRaw('min(invited_at)')
    .limit(limit)
    .select('batch_id');
  return rows.map((r) => r.batch_id);
}
