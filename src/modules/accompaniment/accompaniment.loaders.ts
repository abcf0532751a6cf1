import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { groupBy } from '../../core/collections';
import {
  AccompanimentDiagnosis,
  AccompanimentRequest,
  AccompanimentSession,
  Commitment,
  DiagnosisFinding,
  RoadmapComment,
  RoadmapDelivery,
  RoadmapLine,
  SessionInvitee,
} from './accompaniment.entity';

/** A DataLoader of rows by a key column: one query per batch, rows grouped by key in the batch's order. */
export function groupLoader<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = groupBy(await load([...keys]), keyOf);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Per-request batching of an accompaniment's content, so a page of cases with their
 * accompaniment costs the same statements whatever its size. Each part's file adds its own
 * loaders here (sessions, commitments, diagnosis, roadmap).
 */
export class AccompanimentLoaders {
  /** The request of each case (null: a version 1 case, which has none). */
  readonly requests: DataLoader<string, AccompanimentRequest | null>;
  /** The sessions of each case, in the order they were scheduled. */
  readonly sessions: DataLoader<string, AccompanimentSession[]>;
  /** The invitees of each session. */
  readonly invitees: DataLoader<string, SessionInvitee[]>;
  /** The commitments of each case, soonest due first. */
  readonly commitments: DataLoader<string, Commitment[]>;
  /** The roadmap's deliveries of each case, first round first. */
  readonly deliveries: DataLoader<string, RoadmapDelivery[]>;

  /** The diagnosis of each case (null before it starts). */
  readonly diagnoses: DataLoader<string, AccompanimentDiagnosis | null>;
  /** The advisor's findings of each case, one per dimension. */
  readonly findings: DataLoader<string, DiagnosisFinding[]>;
  /** The roadmap lines of each case, in order. */
  readonly roadmapLines: DataLoader<string, RoadmapLine[]>;
  /** The entity's comments on each case's roadmap, every round. */
  readonly roadmapComments: DataLoader<string, RoadmapComment[]>;

  constructor(readonly em: EntityManager) {
    this.diagnoses = new DataLoader(async (ids) => {
      const rows = await em.find(AccompanimentDiagnosis, { caseId: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.caseId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.findings = groupLoader(
      (ids) => em.find(DiagnosisFinding, { caseId: { $in: ids } }),
      (f) => f.caseId,
    );
    this.roadmapLines = groupLoader(
      (ids) => em.find(RoadmapLine, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', position: 'asc' } }),
      (l) => l.caseId,
    );
    this.roadmapComments = groupLoader(
      (ids) => em.find(RoadmapComment, { caseId: { $in: ids } }),
      (c) => c.caseId,
    );
    this.sessions = groupLoader(
      (ids) =>
        em.find(AccompanimentSession, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', number: 'asc' }, disableIdentityMap: true }),
      (s) => s.caseId,
    );
    this.invitees = groupLoader(
      (ids) =>
        em.find(SessionInvitee, { sessionId: { $in: ids } }, { orderBy: { sessionId: 'asc', personId: 'asc' }, disableIdentityMap: true }),
      (i) => i.sessionId,
    );
    this.commitments = groupLoader(
      (ids) =>
        em.find(
          Commitment,
          { caseId: { $in: ids } },
          { orderBy: { caseId: 'asc', dueOn: 'asc', createdAt: 'asc', id: 'asc' }, disableIdentityMap: true },
        ),
      (c) => c.caseId,
    );
    this.deliveries = groupLoader(
      (ids) => em.find(RoadmapDelivery, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', round: 'asc' } }),
      (d) => d.caseId,
    );
    this.requests = new DataLoader(async (ids) => {
      const rows = await em.find(AccompanimentRequest, { caseId: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.caseId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
