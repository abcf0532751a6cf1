import type { EntityManager } from '@mikro-orm/knex';

import { PreconditionFailedError } from '../../core/errors/app-error';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { Cycle } from '../cycles/cycle.entity';
import { findCurrentCycle } from '../cycles/cycle.service';

/**
 * Why the entity has no validated assessment in the current cycle (the latest one already opened)
 * or the one before it, or null when it has one. An accompaniment request and an application need one.
 */
export async function validatedAssessmentProblem(em: EntityManager, entityCode: string, now: Date): Promise<string | null> {
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

export async function requireValidatedAssessment(em: EntityManager, entityCode: string, now: Date): Promise<void> {
  const problem = await validatedAssessmentProblem(em, entityCode, now);
  if (problem) throw new PreconditionFailedError('VALIDATED_ASSESSMENT_REQUIRED', problem, { entityCode });
}
