import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import { Action, canOpenCase } from '../../core/auth/policy';
import { BadUserInputError, ForbiddenError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import { problemsText } from '../../core/text';
import { CaseTransitionPayload } from '../cases/case.type';
import type { Component } from '../cofinancing/cofinancing-defaults';
import { AccompanimentType } from './accompaniment.type';
import { diagnosisType, type DiagnosisPrefill } from './diagnosis.service';
import { ActionPlanTemplateArgs, SaveDiagnosisFindingsInput, SaveRoadmapInput, StartApplicationFromRoadmapInput } from './roadmap.inputs';
import {
  actionPlanTemplate,
  applicationInit,
  chosenLines,
  commentTypes,
  dimensionNamer,
  linesOf,
  lineTextProblems,
  lineType,
  newId,
  notFound,
  requireAccepted,
  templateYears,
  type LineData,
} from './roadmap.service';
import { DiagnosisType, RoadmapType } from './roadmap.type';

/** The year in Bogotá (UTC−5, no daylight saving time). */
const bogotaYear = (now: Date) => new Date(now.getTime() - 5 * 3600 * 1000).getUTCFullYear();

/** The diagnosis and the roadmap of an accompaniment: the advisor's mutations and the fields everyone who reads the case sees. */
@Resolver()
export class RoadmapMutationsResolver {
  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Registra hallazgos del diagnóstico por dimensión (asesor asignado, en diagnóstico): reemplaza los de cada dimensión nombrada; un texto vacío los borra.',
  })
  saveDiagnosisFindings(
    @Arg('input', () => SaveDiagnosisFindingsInput, {
      description: 'El trámite, la versión consultada, la clave de idempotencia y los hallazgos por dimensión.',
    })
    input: SaveDiagnosisFindingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const findings = input.findings.map((f) => ({ dimensionCode: f.dimensionCode, text: f.text }));
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'SAVE_FINDINGS', findings });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Guarda la hoja de ruta completa (asesor asignado, en formulación o con ajustes solicitados): sus líneas en el orden dado; las existentes se nombran por su id y las que no se nombran se eliminan.',
  })
  saveRoadmap(
    @Arg('input', () => SaveRoadmapInput, {
      description: 'El trámite, la versión consultada, la clave de idempotencia y todas las líneas.',
    })
    input: SaveRoadmapInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const problems = lineTextProblems(input.lines);
    if (problems.length) throw new BadUserInputError(`No se guardó la hoja de ruta: ${problemsText(problems)}`, { problems });
    const lines: LineData[] = input.lines.map((l, i) => ({
      // A new line's id goes in the event (and so in the history): the same key gives the same ids.
      id: l.id ?? newId(ctx.principal.subject, input.idempotencyKey, input.caseId, 'line', i),
      dimensionCode: l.dimensionCode,
      title: l.title.trim(),
      description: l.description.trim(),
      priority: l.priority,
      horizon: l.horizon,
      responsible: l.responsible.trim(),
      estimatedCost: l.estimatedCost,
      component: (l.component ?? null) as Component | null,
    }));
    const keptLineIds = input.lines.flatMap((l) => (l.id ? [l.id] : []));
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'SAVE_ROADMAP', lines, keptLineIds });
  }

  @Authorized(Action.OpenCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Inicia una postulación de la propia entidad a una convocatoria, prellenada con líneas de su hoja de ruta aceptada: una línea del presupuesto por línea de acción (en su componente, por su costo estimado, con la contrapartida mínima de la convocatoria) y una descripción que las nombra. Requiere lo mismo que startApplication (un autodiagnóstico validado, una convocatoria publicada).',
  })
  async startApplicationFromRoadmap(
    @Arg('input', () => StartApplicationFromRoadmapInput, {
      description: 'El acompañamiento, las líneas elegidas, la convocatoria y una clave de idempotencia.',
    })
    input: StartApplicationFromRoadmapInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const kase = await ctx.services.cases.find(ctx.em, ctx.principal, input.caseId);
    if (!kase || kase.process !== 'ACCOMPANIMENT') throw notFound(input.caseId);
    if (!canOpenCase(ctx.principal, kase.entityCode))
      throw new ForbiddenError('Solo los usuarios de la entidad pueden iniciar sus propias postulaciones');
    requireAccepted({ state: kase.state, topic: (kase.context.topic as AccompanimentTopic | undefined) ?? null });
    const lines = chosenLines(await linesOf(ctx.em, kase.id), input.lineIds, 'input.lineIds', true);
    const diagnosis = await ctx.accompaniment.diagnoses.load(kase.id);
    const nameOf = dimensionNamer((diagnosis?.prefill as unknown as DiagnosisPrefill | undefined) ?? null);
    const latest = await ctx.services.models.latest(ctx.em);
    return ctx.services.cases.open(
      ctx.principal,
      ctx.directory,
      ctx.requestId,
      { process: 'COFINANCING_APPLICATION', cycleId: null, callId: input.callId },
      input.idempotencyKey,
      applicationInit(ctx.services.applications, ctx.principal, kase.id, lines, nameOf, new Set(latest?.model.dimensionNames.keys() ?? [])),
    );
  }
}

@Resolver(() => AccompanimentType)
export class AccompanimentRoadmapResolver {
  @FieldResolver(() => DiagnosisType, {
    nullable: true,
    description:
      'El diagnóstico prellenado desde el autodiagnóstico validado y los hallazgos del asesor o asesora; null antes de iniciarlo.',
  })
  async diagnosis(@Root() root: AccompanimentType, @Ctx() ctx: GraphQLContext): Promise<DiagnosisType | null> {
    const row = await ctx.accompaniment.diagnoses.load(root.caseId);
    if (!row) return null;
    const [findings, directory] = await Promise.all([ctx.accompaniment.findings.load(root.caseId), ctx.directory.current()]);
    return Object.assign(
      new DiagnosisType(),
      diagnosisType(row, findings, (code) => directory.departmentName(code)),
    );
  }

  @FieldResolver(() => RoadmapType, {
    nullable: true,
    description:
      'La hoja de ruta: sus líneas de acción y los comentarios de la entidad; null en el apoyo al autodiagnóstico y en los trámites de la versión 1, que no tienen líneas.',
  })
  async roadmap(@Root() root: AccompanimentType, @Ctx() ctx: GraphQLContext): Promise<RoadmapType | null> {
    const [request, lines, comments, deliveries, diagnosis] = await Promise.all([
      ctx.accompaniment.requests.load(root.caseId),
      ctx.accompaniment.roadmapLines.load(root.caseId),
      ctx.accompaniment.roadmapComments.load(root.caseId),
      ctx.accompaniment.deliveries.load(root.caseId),
      ctx.accompaniment.diagnoses.load(root.caseId),
    ]);
    if (!request || request.topic === 'ASSESSMENT_SUPPORT') return null;
    const nameOf = dimensionNamer((diagnosis?.prefill as unknown as DiagnosisPrefill | undefined) ?? null);
    return Object.assign(new RoadmapType(), {
      caseId: root.caseId,
      entityCode: root.entityCode,
      state: root.state,
      topic: request.topic as AccompanimentTopic,
      lines: lines.map((l) => lineType(l, nameOf)),
      round: deliveries.length,
      comments: commentTypes(comments, lines),
    });
  }
}

@Resolver(() => RoadmapType)
export class RoadmapTemplateResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Una PLANTILLA del plan de acción (el CSV que importa importActionPlan, separado por ;) con un objetivo por dimensión y un producto por línea elegida de la hoja de ruta aceptada; indicador, peso, anualización y metas quedan en blanco para que la entidad los complete. No crea ningún plan: el plan existe cuando la entidad importa el archivo completado.',
  })
  async actionPlanTemplate(
    @Root() root: RoadmapType,
    @Args(() => ActionPlanTemplateArgs) args: ActionPlanTemplateArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    requireAccepted(root);
    const years = templateYears(args.startYear, args.endYear, bogotaYear(ctx.services.clock.now()));
    const lines = chosenLines(await ctx.accompaniment.roadmapLines.load(root.caseId), args.lineIds, 'lineIds', false);
    const diagnosis = await ctx.accompaniment.diagnoses.load(root.caseId);
    return actionPlanTemplate(lines, dimensionNamer((diagnosis?.prefill as unknown as DiagnosisPrefill | undefined) ?? null), years);
  }
}
