import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

import { systemActor } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { AppError, BadUserInputError, ErrorCode, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { isUuid } from '../../core/text';
import { bogotaDateTime } from '../../core/time/business-calendar';
import { WorkflowCase } from '../../core/workflow/case.entity';
import type { WorkflowRuntime } from '../../core/workflow/workflow-runtime';
import { Cycle } from './cycle.entity';
import type { CycleType, OpenCycleInput } from './cycle.type';

/**
 * The published maturity model versions a cycle freezes when it opens. The maturity module's
 * catalog is one; cycles name only what they need of it, so the dependency points from maturity to cycles.
 */
export interface ModelVersions {
  find(em: EntityManager, version: string): Promise<{ model: { version: string } } | null>;
  latest(em: EntityManager): Promise<{ model: { version: string } } | null>;
}

/** Cycles and calls receive from `opensAt` (included) until `closesAt` (excluded). */
export function isOpenAt(window: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return now >= window.opensAt && now < window.closesAt;
}

/** The current cycle: the latest one (by year) that has already opened. */
export async function findCurrentCycle(em: EntityManager, now: Date): Promise<Cycle | null> {
  const [current] = await em.find(Cycle, { opensAt: { $lte: now } }, { orderBy: { year: 'desc' }, limit: 1 });
  return current ?? null;
}

function requireOrder(opensAt: Date, closesAt: Date): void {
  if (!(closesAt > opensAt))
    throw new BadUserInputError('closesAt debe ser posterior a opensAt', {
      path: 'input.closesAt',
      code: ProblemCode.INCONSISTENT,
      problem: 'debe ser posterior a opensAt',
    });
}

/** Cycles and calls: the programme's calendar, created by coordinators. */
export class ProgrammeService {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly models: ModelVersions,
    private readonly now: () => Date = () => new Date(),
  ) {}

  cycleType(c: Cycle): CycleType {
    return {
      id: c.id,
      year: c.year,
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      accompanimentResponseDays: c.accompanimentResponseDays ?? null,
      open: isOpenAt(c, this.now()),
      modelVersion: c.modelVersion ?? '',
      indexPublishedAt: c.indexPublishedAt ?? null,
    };
  }

  /** The latest cycle that has already opened (accompaniment requests are filed under it). */
  currentCycle(em: EntityManager): Promise<Cycle | null> {
    return findCurrentCycle(em, this.now());
  }

  async cycles(em: EntityManager): Promise<CycleType[]> {
    return (await em.find(Cycle, {}, { orderBy: { year: 'desc' } })).map((c) => this.cycleType(c));
  }

  async cycle(em: EntityManager, id: string): Promise<CycleType | null> {
    const c = isUuid(id) ? await em.findOne(Cycle, { id }) : null;
    return c ? this.cycleType(c) : null;
  }

  async openCycle(em: EntityManager, principal: Principal, input: OpenCycleInput): Promise<CycleType> {
    requireOrder(input.opensAt, input.closesAt);
    // The cycle freezes a published model version: later versions never change its assessments.
    const model = input.modelVersion ? await this.models.find(em, input.modelVersion) : await this.models.latest(em);
    if (!model) {
      throw input.modelVersion
        ? new BadUserInputError(`No existe la versión ${input.modelVersion} del modelo de madurez`, {
            path: 'input.modelVersion',
            code: ProblemCode.UNKNOWN,
          })
        : new PreconditionFailedError('NO_MODEL_PUBLISHED', 'No hay ninguna versión publicada del modelo de madurez');
    }
    const cycle: Cycle = {
      id: randomUUID(),
      ...input,
      modelVersion: model.model.version,
      createdBy: principal.subject,
      createdAt: this.now(),
    };
    try {
      await em.insert(Cycle, cycle);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw new PreconditionFailedError('ONE_CYCLE_PER_YEAR', `Ya existe la vigencia ${input.year}`);
      }
      throw err;
    }
    return this.cycleType(cycle);
  }

  /**
   * Closes a cycle now (if it was still open) and expires every assessment of it still in draft,
   * each through the runtime as a CYCLE_CLOSED event, so each has its history row and effects.
   */
  async closeCycle(em: EntityManager, id: string, requestId: string): Promise<{ cycle: CycleType; expired: number }> {
    const cycle = isUuid(id) ? await em.findOne(Cycle, { id }) : null;
    if (!cycle) throw new NotFoundError(`No existe la vigencia ${id}`, { id });
    const now = this.now();
    if (cycle.closesAt > now) {
      await em.nativeUpdate(Cycle, { id }, { closesAt: now });
      cycle.closesAt = now;
    }
    const drafts = await em.find(
      WorkflowCase,
      { process: 'MATURITY_ASSESSMENT', cycleId: id, state: 'draft' },
      { fields: ['id', 'version'] },
    );
    let expired = 0;
    for (const d of drafts) {
      try {
        await this.runtime.send(
          systemActor('cierre-de-vigencia'),
          d.id,
          { type: 'CYCLE_CLOSED' },
          { expectedVersion: d.version },
          { requestId },
        );
        expired++;
      } catch (err) {
        // The entity submitted or withdrew it in the meantime: it is no longer a draft to expire.
        if (!(err instanceof AppError && (err.code === ErrorCode.CONFLICT || err.code === ErrorCode.INVALID_TRANSITION))) throw err;
      }
    }
    return { cycle: this.cycleType(cycle), expired };
  }
}

/** The case's cycle, which a rule needs (a case or draft without one is refused). */
export async function requireCycle(em: EntityManager, id: string | null): Promise<Cycle> {
  const cycle = id ? await em.findOne(Cycle, { id }) : null;
  if (!cycle) throw new PreconditionFailedError('CYCLE_REQUIRED', `No existe la vigencia ${id ?? ''}`.trim());
  return cycle;
}

export function requireCycleOpen(cycle: Cycle, now: Date): void {
  if (!isOpenAt(cycle, now)) {
    throw new PreconditionFailedError(
      'CYCLE_NOT_OPEN',
      `La vigencia ${cycle.year} no está abierta: recibe autodiagnósticos del ${bogotaDateTime(cycle.opensAt)} al ${bogotaDateTime(cycle.closesAt)}`,
      { cycleId: cycle.id },
    );
  }
}
