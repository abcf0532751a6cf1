import type { EntityManager } from '@mikro-orm/knex';

import type { DeadlineSpec } from '../../../workflows/shared';

import type { Config } from '../../config/env';
import type { Actor } from '../../core/auth/policy';
import { PreconditionFailedError } from '../../core/errors/app-error';
import { bogotaDateTime } from '../../core/time/business-calendar';
import { WorkflowCase } from '../../core/workflow/case.entity';
import type { CaseRules, NewCase, Term, WorkflowEvent } from '../../core/workflow/workflow-runtime';
import { CofinancingCall } from '../calls/call.entity';
import type { ApplicationService } from '../cofinancing/application.service';
import { Cycle } from '../cycles/cycle.entity';
import { findCurrentCycle, isOpenAt } from '../cycles/cycle.service';
import type { AssessmentService } from '../maturity/assessment.service';

/**
 * The rules that tie the three processes together (Resolución 1117 de 2022 and our design
 * choices in DOMAIN): each refusal names its rule in `extensions.rule`.
 */
export class ProgrammeRules implements CaseRules {
  constructor(
    private readonly termDays: Config['termDays'] = {},
    /** The maturity model's rules on assessment events (answers complete, comments, scores). */
    private readonly assessments?: AssessmentService,
    /** Cofinancing's rules on application events (budget, checklist, evaluation, funds), from machine version 2. */
    private readonly applications?: ApplicationService,
  ) {}

  /**
   * The length of a term for this case: the call's (cofinancing), else the cycle's (accompaniment),
   * else the deployment's configuration, else the machine's default. A draft assessment's term is
   * its cycle's closing instant.
   */
  async termOf(db: () => EntityManager, kase: WorkflowCase, spec: DeadlineSpec): Promise<Term | null> {
    if (spec.until === 'CYCLE_CLOSE') {
      const cycle = kase.cycleId ? await db().findOne(Cycle, { id: kase.cycleId }, { fields: ['closesAt'] }) : null;
      return cycle ? { until: cycle.closesAt } : null;
    }
    let days: number | null | undefined;
    if (spec.kind === 'CORRECTIONS' || spec.kind === 'AGREEMENT_SIGNATURE') {
      const call = kase.callId
        ? await db().findOne(CofinancingCall, { id: kase.callId }, { fields: ['correctionsTermDays', 'agreementTermDays'] })
        : null;
      days = spec.kind === 'CORRECTIONS' ? call?.correctionsTermDays : call?.agreementTermDays;
    } else if (spec.kind === 'ACCOMPANIMENT_RESPONSE' && kase.cycleId) {
      days = (await db().findOne(Cycle, { id: kase.cycleId }, { fields: ['accompanimentResponseDays'] }))?.accompanimentResponseDays;
    }
    const configured = (this.termDays as Record<string, number | undefined>)[spec.kind];
    return { days: days ?? configured ?? spec.days, calendar: spec.calendar };
  }

  async beforeOpen(db: () => EntityManager, _actor: Actor, draft: NewCase, now: Date): Promise<void> {
    const em = db();
    switch (draft.process) {
      case 'MATURITY_ASSESSMENT': {
        const cycle = await this.cycle(em, draft.cycleId);
        this.requireCycleOpen(cycle, now);
        const validated = await em.count(WorkflowCase, {
          process: 'MATURITY_ASSESSMENT',
          entityCode: draft.entityCode,
          cycleId: cycle.id,
          state: 'validated',
        });
        if (validated > 0) {
          throw new PreconditionFailedError(
            'ONE_ASSESSMENT_PER_CYCLE',
            `La entidad ya tiene un autodiagnóstico validado en la vigencia ${cycle.year}`,
          );
        }
        return;
      }
      case 'ACCOMPANIMENT':
        await this.requireValidatedAssessment(em, draft.entityCode, now);
        return;
      case 'COFINANCING_APPLICATION': {
        const call = await this.call(em, draft.callId);
        // Not by its title: the entity may not read a draft call.
        if (!call.publishedAt)
          throw new PreconditionFailedError('CALL_NOT_PUBLISHED', `La convocatoria ${call.id} aún no se ha publicado`, { callId: call.id });
        await this.requireValidatedAssessment(em, draft.entityCode, now);
        return;
      }
    }
  }

  async beforeEvent(db: () => EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent, now: Date): Promise<void> {
    if (kase.process === 'MATURITY_ASSESSMENT' && event.type === 'SUBMIT') {
      this.requireCycleOpen(await this.cycle(db(), kase.cycleId), now);
    }
    if (kase.process === 'MATURITY_ASSESSMENT') await this.assessments?.beforeEvent(db, kase, event);
    if (kase.process === 'COFINANCING_APPLICATION' && kase.machineVersion >= 2 && this.applications) {
      const assessment = () =>
        event.type === 'SUBMIT' ? this.validatedAssessmentProblem(db(), kase.entityCode, now) : Promise.resolve(null);
      await this.applications.beforeEvent(db, actor, kase, event, now, assessment);
    } else if (kase.process === 'COFINANCING_APPLICATION' && event.type === 'SUBMIT') {
      this.requireCallOpen(await this.call(db(), kase.callId), now);
      await this.requireValidatedAssessment(db(), kase.entityCode, now);
    }
  }

  async afterEvent(db: () => EntityManager, actor: Actor, after: WorkflowCase, event: WorkflowEvent, at: Date): Promise<void> {
    if (after.process === 'MATURITY_ASSESSMENT') await this.assessments?.afterEvent(db, actor, after, event);
    if (after.process === 'COFINANCING_APPLICATION' && after.machineVersion >= 2)
      await this.applications?.afterEvent(db, actor, after, event, at);
  }

  private async cycle(em: EntityManager, id: string | null): Promise<Cycle> {
    const cycle = id ? await em.findOne(Cycle, { id }) : null;
    if (!cycle) throw new PreconditionFailedError('CYCLE_REQUIRED', `No existe la vigencia ${id ?? ''}`.trim());
    return cycle;
  }

  private async call(em: EntityManager, id: string | null): Promise<CofinancingCall> {
    const call = id ? await em.findOne(CofinancingCall, { id }) : null;
    if (!call) throw new PreconditionFailedError('CALL_REQUIRED', `No existe la convocatoria ${id ?? ''}`.trim());
    return call;
  }

  private requireCycleOpen(cycle: Cycle, now: Date): void {
    if (!isOpenAt(cycle, now)) {
      throw new PreconditionFailedError(
        'CYCLE_NOT_OPEN',
        `La vigencia ${cycle.year} no está abierta: recibe autodiagnósticos del ${bogotaDateTime(cycle.opensAt)} al ${bogotaDateTime(cycle.closesAt)}`,
        { cycleId: cycle.id },
      );
    }
  }

  private requireCallOpen(call: CofinancingCall, now: Date): void {
    if (!isOpenAt(call, now)) {
      throw new PreconditionFailedError(
        'CALL_NOT_OPEN',
        `La convocatoria "${call.title}" no está abierta: recibe postulaciones del ${bogotaDateTime(call.opensAt)} al ${bogotaDateTime(call.closesAt)}`,
        { callId: call.id },
      );
    }
  }

  /**
   * An accompaniment request or an application needs a validated assessment of the same entity in
   * the current cycle (the latest one already opened) or the one before it.
   */
  private async requireValidatedAssessment(em: EntityManager, entityCode: string, now: Date): Promise<void> {
    const problem = await this.validatedAssessmentProblem(em, entityCode, now);
    if (problem) throw new PreconditionFailedError('VALIDATED_ASSESSMENT_REQUIRED', problem, { entityCode });
  }

  private async validatedAssessmentProblem(em: EntityManager, entityCode: string, now: Date): Promise<string | null> {
    const current = await findCurrentCycle(em, now);
    const cycles = current ? await em.find(Cycle, { year: { $gte: current.year - 1, $lte: current.year } }, { fields: ['id'] }) : [];
    const validated = cycles.length
      ? await em.count(WorkflowCase, {
          process: 'MATURITY_ASSESSMENT',
          entityCode,
          state: 'validated',
          cycleId: { $in: cycles.map((c) => c.id) },
        })
      : 0;
    if (validated > 0) return null;
    return current
      ? `Se requiere un autodiagnóstico validado de la entidad en la vigencia ${current.year} o ${current.year - 1}`
      : 'Se requiere un autodiagnóstico validado de la entidad, y aún no se ha abierto ninguna vigencia';
  }
}
