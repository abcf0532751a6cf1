import { sqlOf } from '../../core/orm/orm';
import { bogotaDay, longDay } from '../../core/time/business-calendar';
import { OutboxMessage } from '../../core/workflow/outbox.entity';
import { TerritorialEntity } from '../territorial-entities/territorial-entity.entity';
import type { StepsFactory } from './accompaniment-steps';
import { AccompanimentRequest, RoadmapDelivery, RoadmapLine } from './accompaniment.entity';
import { diagnosisOf } from './diagnosis.service';
import { roadmapDeliveredMessage, type DeliveredLine } from './roadmap-delivered';
import { dimensionNamer } from './roadmap.service';

/**
 * The closing part's steps: a roadmap's delivery (its snapshot and its PDF) and the entity's
 * satisfaction survey. The advisor's closing of an ASSESSMENT_SUPPORT (FINISH_SUPPORT) carries only
 * its note, which the machine and the history keep.
 */
export const closingSteps: StepsFactory = () => [
  {
    event: 'DELIVER_ROADMAP',
    /**
     * Each delivery (the first, and one after each adjustment round) is kept as delivered: the
     * lines as they stand, with their dimensions' names, under the next round number, and announced
     * through the outbox in this same transaction: the reports module makes its PDF from that row
     * once it commits (and the relay retries until it has), so every delivery gets its document.
     */
    async after(db, actor, kase, _event, at) {
      const em = db();
      // One after the other: they share the transaction's connection.
      const lines = await em.find(RoadmapLine, { caseId: kase.id }, { orderBy: { position: 'asc', id: 'asc' } });
      const [last]: { round: number | string | null }[] = await sqlOf(em)('roadmap_delivery')
        .where({ case_id: kase.id })
        .max({ round: 'round' });
      // Named as the roadmap names them (`roadmap { lines { dimensionName } }`): by the model the
      // diagnosis was scored with, which the lines' codes were checked against, not the case's cycle's.
      const nameOf = dimensionNamer((await diagnosisOf(em, kase.id))?.prefill ?? null);
      // Its name from the table, through the transaction: a stale directory would reload through a
      // connection of its own, which on SQLite waits for this transaction's.
      const entity = await em.findOne(TerritorialEntity, { code: kase.entityCode }, { fields: ['name'] });
      const round = Number(last?.round ?? 0) + 1;
      const snapshot: DeliveredLine[] = lines.map((l) => ({
        id: l.id,
        position: l.position,
        dimensionCode: l.dimensionCode,
        dimensionName: nameOf(l.dimensionCode),
        title: l.title,
        description: l.description,
        priority: l.priority,
        horizon: l.horizon,
        responsible: l.responsible,
        estimatedCost: Number(l.estimatedCost),
        component: l.component,
      }));
      const entityName = entity?.name ?? kase.entityCode;
      await em.insert(RoadmapDelivery, {
        caseId: kase.id,
        round,
        deliveredAt: at,
        deliveredBy: actor.subject,
        lines: snapshot as unknown as Record<string, unknown>[],
        reportId: null,
      });
      const title = `Hoja de ruta - ${entityName} - entrega ${round} - ${longDay(bogotaDay(at))}`;
      await em.insert(OutboxMessage, roadmapDeliveredMessage(kase, { caseId: kase.id, round, title }, at));
    },
  },
  {
    event: 'ANSWER_SURVEY',
    /** The machine checked the score (1–5); the resolver bounded the comment. */
    async after(db, actor, kase, event, at) {
      const comment = typeof event.comment === 'string' && event.comment.trim() ? event.comment.trim() : null;
      await db().nativeUpdate(
        AccompanimentRequest,
        { caseId: kase.id },
        { surveyScore: Number(event.score), surveyComment: comment, surveyBy: actor.subject, surveyAt: at },
      );
    },
  },
];
