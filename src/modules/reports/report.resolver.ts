import { IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { NotFoundError } from '../../core/errors/app-error';
import { Connection, ConnectionArgs } from '../../core/graphql/connection';
import type { GraphQLContext } from '../../core/graphql/context';
import { toGlobalId } from '../../core/graphql/global-ids';
import { DateScalar } from '../../core/graphql/scalars';
import { AdoptionFilter } from '../adoption/adoption.inputs';
import {
  REPORT_FORMATS,
  REPORT_KINDS,
  REPORT_STATUSES,
  type Report,
  type ReportFormat,
  type ReportKind,
  type ReportStatus,
} from './report.entity';
import { fileNameOf, type ReportProgressMessage } from './report.service';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ReportKindEnum = enumOf(REPORT_KINDS);
export const ReportFormatEnum = enumOf(REPORT_FORMATS);
export const ReportStatusEnum = enumOf(REPORT_STATUSES);
registerEnumType(ReportKindEnum, {
  name: 'ReportKind',
  description: 'Clase de informe.',
  valuesConfig: {
    FOLLOW_UP: { description: 'Informe de seguimiento de un plan de acción a una fecha de corte (método de Bogotá).' },
    CTI_INDEX: { description: 'Índice CTI de una vigencia: ranking, dimensiones, promedios por departamento y niveles.' },
    CASELOAD: {
      description:
        'Carga de trámites: por proceso y estado, términos vencidos, mediana de días en cada estado, por departamento, y el acompañamiento técnico por asesor(a) y por departamento.',
    },
    ROADMAP: {
      description:
        'Hoja de ruta de un acompañamiento técnico (PDF), generada al entregarla; no se solicita con requestReport: se lee en case { accompaniment { roadmap { deliveries } } }.',
    },
    ADOPTION: {
      description:
        'Adopción del Modelo de Madurez: las entidades sin autodiagnóstico validado desde una fecha, como las lista adoptionPending (CSV o XLSX; coordinación y auditores), con el filtro de input.adoption.',
    },
  },
});
registerEnumType(ReportFormatEnum, {
  name: 'ReportFormat',
  description: 'Formato del archivo del informe.',
  valuesConfig: {
    XLSX: { description: 'Libro de Excel con celdas numéricas y formatos.' },
    PDF: { description: 'PDF con gráficas vectoriales.' },
    CSV: { description: 'La tabla principal, separada por punto y coma, con coma decimal (Excel en Colombia).' },
  },
});
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'Dónde está la generación de un informe.',
  valuesConfig: {
    QUEUED: { description: 'En cola.' },
    RUNNING: { description: 'Generándose.' },
    READY: { description: 'Listo para descargar.' },
    FAILED: { description: 'Falló; puede solicitarse de nuevo.' },
  },
});

@InputType('RequestReportInput', {
  description:
    'Qué informe generar. planId y cut para el seguimiento; cycleId para el Índice; adoption para la adopción del modelo; nada más para la carga de trámites.',
})
class RequestReportInput {
  @Field(() => ReportKindEnum, { description: 'Qué informe.' })
  kind!: ReportKind;

  @Field(() => ReportFormatEnum, { description: 'En qué formato de archivo.' })
  format!: ReportFormat;

  @Field(() => ID, { description: 'El plan de acción (solo para FOLLOW_UP).', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'planId debe ser un identificador válido' })
  planId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Fecha de corte (por defecto, hoy en Bogotá).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'cut debe ser una fecha AAAA-MM-DD' })
  cut?: string | null;

  @Field(() => ID, { description: 'La vigencia (solo para CTI_INDEX).', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'cycleId debe ser un identificador válido' })
  cycleId?: string | null;

  @Field(() => AdoptionFilter, {
    nullable: true,
    description: 'Solo para ADOPTION: el mismo filtro de adoptionPending (desde qué fecha, departamento, clase de entidad).',
  })
  @IsOptional()
  @ValidateNested()
  adoption?: AdoptionFilter | null;
}

@ObjectType('Report', { description: 'Un informe solicitado: su avance mientras se genera y, listo, su archivo.', simpleResolvers: true })
export class ReportType {
  @Field(() => ID, { description: 'El mismo para la misma solicitud sobre los mismos datos (se reutiliza el archivo).' })
  id!: string;

  @Field(() => ReportKindEnum, { description: 'Qué informe es.' })
  kind!: ReportKind;

  @Field(() => ReportFormatEnum, { description: 'Formato del archivo.' })
  format!: ReportFormat;

  @Field({ description: 'Título en español (también el nombre del archivo).' })
  title!: string;

  @Field(() => ReportStatusEnum, { description: 'En qué va la generación.' })
  status!: ReportStatus;

  @Field(() => Int, { description: 'Avance de 0 a 100.' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'Lo que está haciendo el trabajo, en español.' })
  stage!: string | null;

  @Field(() => String, { nullable: true, description: 'Por qué falló, en español (FAILED).' })
  error!: string | null;

  @Field(() => ID, { nullable: true, description: 'Plan de acción (seguimiento).' })
  planId!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Fecha de corte (seguimiento).' })
  cut!: string | null;

  @Field(() => ID, { nullable: true, description: 'Vigencia (Índice).' })
  cycleId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Trámite de acompañamiento técnico (hoja de ruta).' })
  caseId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Entrega de la hoja de ruta (1, 2, …) que muestra (hoja de ruta).' })
  round!: number | null;

  @Field({ description: 'La última vez que se solicitó (un informe terminado se guarda un mes desde entonces).' })
  requestedAt!: Date;

  @Field(() => Date, { description: 'Cuándo empezó a generarse; null mientras espera en la cola.', nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { description: 'Cuándo terminó (listo o fallido); null mientras se genera.', nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Tamaño del archivo en bytes.' })
  size!: number | null;

  @Field(() => String, { description: 'Tipo MIME del archivo (p. ej. application/pdf); null hasta que está listo.', nullable: true })
  contentType!: string | null;

  @Field({ description: 'Nombre del archivo al descargarlo.' })
  fileName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Ruta de descarga, listo el informe: GET con el mismo encabezado Authorization: Bearer; solo la sirve a quien puede ver el informe.',
  })
  downloadUrl!: string | null;
}

@ObjectType('RequestReportPayload', {
  description: 'Lo que responde una solicitud de informe: el informe (nuevo, o el mismo de una solicitud igual) y si se reutilizó.',
  simpleResolvers: true,
})
class RequestReportPayload {
  @Field(() => ReportType, { description: 'El informe pedido: nuevo en la cola, o el mismo de una solicitud igual.' })
  report!: ReportType;

  @Field({
    description:
      'true si la misma solicitud sobre los mismos datos ya existía: se reutiliza su archivo (o su trabajo en curso) en lugar de recalcular.',
  })
  reused!: boolean;
}

@ObjectType('ReportConnection', { description: 'Una página de los informes de quien consulta.' })
class ReportConnection extends Connection(ReportType, 'Report') {}

/** The download address names the report by its global id, as the API does (the route also takes the raw one). */
export const downloadPath = (id: string) => `/reports/${toGlobalId('Report', id)}/download`;

export function reportType(r: Report): ReportType {
  return Object.assign(new ReportType(), {
    id: r.id,
    kind: r.kind,
    format: r.format,
    title: r.title,
    status: r.status,
    progress: r.progress,
    stage: r.stage,
    error: r.error,
    planId: r.params.planId ?? null,
    cut: r.params.cut ?? null,
    cycleId: r.params.cycleId ?? null,
    caseId: r.params.caseId ?? null,
    round: r.params.round ?? null,
    requestedAt: r.requestedAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    size: r.size,
    contentType: r.contentType,
    fileName: fileNameOf(r),
    downloadUrl: r.status === 'READY' ? downloadPath(r.id) : null,
  });
}

/** Reports as BullMQ jobs: request, follow progress (query or subscription), download. */
@Resolver()
export class ReportResolver {
  @Authorized(Action.RequestReports)
  @Mutation(() => RequestReportPayload, {
    description:
      'Solicita un informe y devuelve su id de inmediato; un trabajo lo genera. El contenido es el que quien lo solicita puede ver (una entidad, solo sus datos). La misma solicitud sobre los mismos datos reutiliza el resultado.',
  })
  async requestReport(
    @Arg('input', () => RequestReportInput, { description: 'Qué informe, en qué formato y sobre qué datos.' }) input: RequestReportInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RequestReportPayload> {
    const { report, reused } = await ctx.services.reports.request(ctx.em, ctx.principal, input);
    return { report: reportType(report), reused };
  }

  @Authorized(Action.RequestReports)
  @Query(() => ReportType, {
    nullable: true,
    description: 'Un informe que quien consulta puede ver (su avance, y su descarga cuando está listo).',
  })
  async report(
    @Arg('id', () => ID, { description: 'El id del informe.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReportType | null> {
    try {
      return reportType(await ctx.services.reports.find(ctx.em, ctx.principal, id));
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  @Authorized(Action.RequestReports)
  @Query(() => ReportConnection, {
    description:
      'Los informes que quien consulta solicitó (o, la hoja de ruta, entregó), la solicitud más reciente primero: solo los que aún puede ver con report(id); nunca los de otra persona, aunque vea los mismos datos. Un informe terminado se guarda un mes desde la última vez que alguien lo solicitó.',
  })
  async reports(@Args() args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    const page = await ctx.services.reports.list(ctx.em, ctx.principal, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: reportType(e.node) })) };
  }

  @Authorized(Action.RequestReports)
  @Subscription(() => ReportType, {
    description: 'El avance de un informe (graphql-ws): su estado actual primero, luego cada cambio hasta que queda listo o falla.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      ctx.policy.authorize(ctx.principal, Action.RequestReports);
      return progressOf(ctx, String((args as { id: string }).id));
    },
  })
  reportUpdated(
    @Root() report: ReportType,
    @Arg('id', () => ID, { description: 'El id del informe que se sigue.' }) _id: string,
  ): ReportType {
    return report;
  }
}

/** The report now, then after each change (read again from the database), ending with READY or FAILED. */
async function* progressOf(ctx: GraphQLContext, id: string): AsyncGenerator<ReportType> {
  // Subscribed before the first read, so no change between the two is missed.
  const changes = ctx.services.reportEvents.subscribe((m: ReportProgressMessage) => m.reportId === id);
  try {
    let current = reportType(await ctx.services.reports.find(ctx.em.fork(), ctx.principal, id));
    yield current;
    while (current.status !== 'READY' && current.status !== 'FAILED') {
      const step = await changes.next();
      if (step.done) return;
      const read = reportType(await ctx.services.reports.find(ctx.em.fork(), ctx.principal, id));
      if (read.status === current.status && read.progress === current.progress && read.stage === current.stage) continue;
      current = read;
      yield current;
    }
  } finally {
    await changes.return?.();
  }
}
