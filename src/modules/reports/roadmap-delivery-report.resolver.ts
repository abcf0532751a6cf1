import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { GraphQLContext } from '../../core/graphql/context';
import { RoadmapDeliveryType } from '../accompaniment/roadmap-delivery.resolver';
import { Report } from './report.entity';
import { reportType, ReportType } from './report.resolver';

/** Reports by id, batched per request (the PDFs of a page of roadmap deliveries). */
export function reportRowsLoader(em: EntityManager): DataLoader<string, Report | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(Report, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A roadmap delivery's PDF, which this module makes when the delivery is announced (roadmap-report.ts). */
@Resolver(() => RoadmapDeliveryType)
export class RoadmapDeliveryReportResolver {
  @FieldResolver(() => ReportType, {
    nullable: true,
    description:
      'El PDF de la entrega (en español): su avance mientras se genera y, listo, downloadUrl para descargarlo con el mismo token; lo descargan quienes pueden leer el trámite. Null durante el instante entre la entrega y la creación del reporte.',
  })
  async report(@Root() delivery: RoadmapDeliveryType, @Ctx() ctx: GraphQLContext): Promise<ReportType | null> {
    if (!delivery.reportId) return null;
    const row = await ctx.reportRows.load(delivery.reportId);
    return row ? reportType(row) : null;
  }
}
