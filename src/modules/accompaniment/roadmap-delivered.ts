import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { OutboxMessage } from '../../core/workflow/outbox.entity';
import { shippedModel, type MaturityModel } from '../maturity/maturity-model';
import type { ModelCatalog } from '../maturity/model-catalog';

/**
 * A roadmap's delivery as the rest of the system sees it: the lines as delivered (kept on the
 * delivery row) and the fact, announced through the outbox in the delivery's own transaction, that
 * the `round`th delivery of a case happened. The reports module answers it with the delivery's PDF
 * (reports depend on accompaniment, never the other way round).
 */
export const ROADMAP_DELIVERED = 'accompaniment.roadmap-delivered';

/** Payload of a ROADMAP_DELIVERED outbox row. */
export interface RoadmapDeliveredPayload {
  caseId: string;
  round: number;
  /** The PDF's title, for people (entity, round, day). */
  title: string;
}

export function roadmapDeliveredMessage(kase: WorkflowCase, payload: RoadmapDeliveredPayload, at: Date): OutboxMessage {
  return {
    id: randomUUID(),
    caseId: kase.id,
    caseVersion: kase.version,
    kind: ROADMAP_DELIVERED,
    payload: { ...payload },
    createdAt: at,
    processedAt: null,
  };
}

export const priorityLabel: Record<string, string> = { HIGH: 'Alta', MEDIUM: 'Media', LOW: 'Baja' };
export const horizonLabel: Record<string, string> = { SHORT: 'Corto plazo', MEDIUM: 'Mediano plazo', LONG: 'Largo plazo' };
export const topicLabel: Record<string, string> = {
  ASSESSMENT_SUPPORT: 'Apoyo para aplicar el Modelo de Madurez',
  ROADMAP: 'Hoja de ruta a partir del autodiagnóstico',
  PROJECT_FORMULATION: 'Formulación de un proyecto para cofinanciación',
};

/** A roadmap line as a delivery keeps it (RoadmapDelivery.lines): what the PDF prints. */
export interface DeliveredLine {
  id: string;
  position: number;
  dimensionCode: string;
  dimensionName: string;
  title: string;
  description: string;
  priority: string;
  horizon: string;
  responsible: string;
  estimatedCost: number;
  component: string | null;
}

/** The model of a case's cycle, or the shipped one when the cycle has none (its assessments answered it). */
export async function modelOfCycle(em: EntityManager, models: ModelCatalog, cycleId: string | null): Promise<MaturityModel> {
  if (!cycleId) return shippedModel();
  try {
    return (await models.ofCycle(em, cycleId)).model;
  } catch {
    return shippedModel();
  }
}
