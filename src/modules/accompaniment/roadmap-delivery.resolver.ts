import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';

import type { GraphQLContext } from '../../core/graphql/context';
import { DateTimeISOScalar } from '../../core/graphql/scalars';
import { PesosScalar } from '../cofinancing/money';
import { horizonLabel, priorityLabel, type DeliveredLine } from './roadmap-delivered';
import { RoadmapType } from './roadmap.type';

@ObjectType('DeliveredRoadmapLine', {
  description: 'Una línea de acción tal como se entregó en una ronda (la hoja de ruta puede cambiar después, en una ronda de ajustes).',
  simpleResolvers: true,
})
export class DeliveredRoadmapLineType {
  @Field(() => ID, { description: 'La línea de la hoja de ruta de la que es copia (RoadmapLine).' })
  lineId!: string;

  @Field(() => Int, { description: 'Su lugar en la hoja de ruta entregada: 1, 2, …' })
  position!: number;

  @Field({ description: 'La dimensión del modelo que atiende (su código).' })
  dimensionCode!: string;

  @Field({ description: 'El nombre de esa dimensión.' })
  dimensionName!: string;

  @Field({ description: 'El título.' })
  title!: string;

  @Field({ description: 'Qué se hará y por qué.' })
  description!: string;

  @Field({ description: 'La prioridad (HIGH, MEDIUM, LOW).' })
  priority!: string;

  @Field({ description: 'La prioridad en español (Alta, Media, Baja).' })
  priorityLabel!: string;

  @Field({ description: 'El horizonte (SHORT, MEDIUM, LONG).' })
  horizon!: string;

  @Field({ description: 'El horizonte en español (corto, mediano o largo plazo).' })
  horizonLabel!: string;

  @Field({ description: 'Quién responde por ella en la entidad, en palabras.' })
  responsible!: string;

  @Field(() => PesosScalar, { description: 'El costo estimado en pesos.' })
  estimatedCost!: number;

  @Field(() => String, { nullable: true, description: 'El componente cofinanciable con que podría financiarse (su código), si se indicó.' })
  component!: string | null;
}

@ObjectType('RoadmapDelivery', {
  description:
    'Una entrega de la hoja de ruta a la entidad (la primera y una por cada ronda de ajustes), con las líneas entregadas y su PDF.',
  simpleResolvers: true,
})
export class RoadmapDeliveryType {
  /** The accompaniment (internal). */
  caseId!: string;
  /** The PDF report's id (internal: `report` reads it). */
  reportId!: string | null;

  @Field(() => Int, { description: 'La ronda: 1 la primera entrega, 2 la entrega después de la primera ronda de ajustes, …' })
  round!: number;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo se entregó.' })
  deliveredAt!: Date;

  @Field({ description: 'Quién la entregó (el usuario del asesor o asesora).' })
  deliveredBy!: string;

  @Field(() => [DeliveredRoadmapLineType], { description: 'Las líneas de acción tal como se entregaron, en orden.' })
  lines!: DeliveredRoadmapLineType[];
}

/** `roadmap { deliveries }`: each delivery as it was (the reports module adds each one's PDF, `report`). */
@Resolver(() => RoadmapType)
export class RoadmapDeliveriesResolver {
  @FieldResolver(() => [RoadmapDeliveryType], { description: 'Las entregas de la hoja de ruta, de la primera a la última.' })
  async deliveries(@Root() roadmap: RoadmapType, @Ctx() ctx: GraphQLContext): Promise<RoadmapDeliveryType[]> {
    const rows = await ctx.accompaniment.deliveries.load(roadmap.caseId);
    return rows.map((d) =>
      Object.assign(new RoadmapDeliveryType(), {
        caseId: d.caseId,
        reportId: d.reportId,
        round: d.round,
        deliveredAt: d.deliveredAt,
        deliveredBy: d.deliveredBy,
        lines: (d.lines as unknown as DeliveredLine[]).map((l) =>
          Object.assign(new DeliveredRoadmapLineType(), {
            lineId: l.id,
            position: l.position,
            dimensionCode: l.dimensionCode,
            dimensionName: l.dimensionName,
            title: l.title,
            description: l.description,
            priority: l.priority,
            priorityLabel: priorityLabel[l.priority] ?? l.priority,
            horizon: l.horizon,
            horizonLabel: horizonLabel[l.horizon] ?? l.horizon,
            responsible: l.responsible,
            estimatedCost: Number(l.estimatedCost),
            component: l.component,
          }),
        ),
      }),
    );
  }
}
