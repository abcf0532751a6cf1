import { payloadOf, type OutboxRoute } from '../../core/queue/job-deps';
import type { RoadmapDeliveredPayload } from '../accompaniment/roadmap-delivered';
import { queueReport } from './generate-report.job';
import { hashId } from './report.service';

/** The PDF report of a case's `round`th roadmap delivery: one per delivery, whatever retries happen. */
export const roadmapReportId = (caseId: string, round: number): string => hashId(['ROADMAP', caseId, round]);

/**
 * The relay's route for ROADMAP_DELIVERED rows (written in the delivery's transaction): the
 * delivery's PDF report row (QUEUED, read with the case's rule) and its link from the delivery,
 * written once (a retried row finds them), then its job queued (its id is the report's, so twice
 * is once). A report lost from Redis is re-queued by the reconciler like any QUEUED report.
 */
export const roadmapDeliveredRoute: OutboxRoute = async (rows, { store, queues }) => {
  for (const row of rows) {
    const { caseId, round, title } = payloadOf<RoadmapDeliveredPayload>(row);
    const id = roadmapReportId(caseId, round);
    const made = await store.transaction(async (trx) => {
      const delivery: { delivered_by: string; delivered_at: unknown } | undefined = await trx('roadmap_delivery')
        .where({ case_id: caseId, round })
        .first('delivered_by', 'delivered_at');
      const kase: { entity_code: string } | undefined = await trx('workflow_case').where({ id: caseId }).first('entity_code');
      // A delivery rolled back never reaches here (its row is in the same transaction); gone since: nothing to make.
      if (!delivery || !kase) return false;
      await trx('report')
        .insert({
          id,
          kind: 'ROADMAP',
          format: 'PDF',
          params: JSON.stringify({ caseId, round }),
          scope: 'CASE',
          entity_code: kase.entity_code,
          generation: `round:${round}`,
          title: title.slice(0, 300),
          status: 'QUEUED',
          progress: 0,
          stage: 'En cola',
          error: null,
          attempts: 0,
          requested_by: delivery.delivered_by,
          requested_at: delivery.delivered_at,
          started_at: null,
          finished_at: null,
          content_type: null,
          size: null,
        })
        .onConflict('id')
        .ignore();
      await trx('roadmap_delivery').where({ case_id: caseId, round }).whereNull('report_id').update({ report_id: id });
      return true;
    });
    if (made) await queueReport(queues.reports, id);
  }
};
