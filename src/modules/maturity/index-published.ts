import { randomUUID } from 'node:crypto';

import type { OutboxMessage } from '../../core/workflow/outbox.entity';

/**
 * A cycle's Índice was published: announced through the outbox in the publication's own
 * transaction, so whatever answers it (the open data exports) happens exactly when the publication
 * commits. Maturity only announces it; the modules that react declare the relay's route (they
 * depend on maturity, never the other way round).
 */
export const INDEX_PUBLISHED = 'maturity.index-published';

/** Payload of an INDEX_PUBLISHED outbox row. */
export interface IndexPublishedPayload {
  cycleId: string;
  year: number;
}

/** The outbox row of a publication (the outbox is keyed by case: the cycle's id stands in, version 0). */
export function indexPublishedMessage(payload: IndexPublishedPayload, at: Date): OutboxMessage {
  return {
    id: randomUUID(),
    caseId: payload.cycleId,
    caseVersion: 0,
    kind: INDEX_PUBLISHED,
    payload: { ...payload },
    createdAt: at,
    processedAt: null,
  };
}
