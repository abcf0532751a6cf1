import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { ForbiddenError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import { contextOf } from '../../core/workflow/definition';
import { CaseTransitionPayload, CaseType } from '../cases/case.type';
import { readableDocuments } from '../documents/document-access';
import { documentOwnerRef } from '../documents/document.loaders';
import { DocumentType } from '../documents/document.type';
import { assignedSubjects, movedPaths } from '../people/assignable';
import { checklistItemKey } from './application-edits';
import { checklistOf, rubricOf } from './call.service';
import { CallType } from './call.type';
import type { Component } from './cofinancing-defaults';
import {
  ApplicationsArgs,
  AssignEvaluatorsInput,
  AttachChecklistDocumentsInput,
  DeclareConflictInput,
  DisbursementPaymentInput,
  DisbursementScheduleInput,
  RecordEligibilityInput,
  RemoveEvaluatorInput,
  SaveApplicationInput,
  SubmitEvaluationInput,
} from './cofinancing.inputs';
import { evaluationView, panelOf } from './cofinancing.policy';
import {
  AgreementType,
  ApplicationChecklistItemType,
  ApplicationConnection,
  ApplicationType,
  BudgetLineType,
  componentOf,
  DecisionOutcome,
  DecisionType,
  DisbursementType,
  EligibilityCheckType,
  EvaluationType,
  ReservationType,
} from './cofinancing.type';

const COFINANCING = 'COFINANCING_APPLICATION';

/** Cofinancing applications: their content, review, evaluation, decision, agreement and disbursements. */
@Resolver(() => ApplicationType)
export class ApplicationResolver {
  @Authorized(Action.ReadCases)
  @Query(() => ApplicationType, { nullable: true, description: 'Una postulación (por el id de su trámite) que quien consulta puede ver.' })
  application(@Arg('id', () => ID, { description: 'El id del trámite de la postulación.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.applications.find(ctx.em, ctx.principal, id);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => ApplicationType, {
    description: 'Guarda la postulación completa (usuarios de la entidad, en borrador o en subsanación); todo o nada.',
  })
  async saveApplication(
    @Arg('input', () => SaveApplicationInput, { description: 'La postulación completa; reemplaza lo guardado.' })
    input: SaveApplicationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    await ctx.services.applications.save(ctx.em, ctx.principal, {
      ...input,
      budgetLines: input.budgetLines.map((l) => ({ ...l, component: l.component as Component })),
    });
    return ctx.services.applications.find(ctx.em, ctx.principal, input.caseId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => ApplicationType, {
    description:
      'Adjunta documentos a un requisito habilitante de la propia postulación (usuarios de la entidad, en borrador o en subsanación); sin los documentos que la convocatoria exige, la postulación no se radica.',
  })
  async attachChecklistDocuments(
    @Arg('input', () => AttachChecklistDocumentsInput, { description: 'La postulación, el requisito y los documentos subidos.' })
    input: AttachChecklistDocumentsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    await ctx.services.applications.attachChecklistDocuments(ctx.em, ctx.principal, input);
    return ctx.services.applications.find(ctx.em, ctx.principal, input.caseId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => ApplicationType, {
    description: 'Registra la verificación de requisitos habilitantes, con notas (coordinación, en revisión de requisitos).',
  })
  async recordEligibilityCheck(
    @Arg('input', () => RecordEligibilityInput, { description: 'La postulación y lo verificado de cada requisito.' })
    input: RecordEligibilityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    await ctx.services.applications.recordChecklist(ctx.em, ctx.principal, input.caseId, input.items);
    return ctx.services.applications.find(ctx.em, ctx.principal, input.caseId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Asigna evaluadores a la postulación en evaluación técnica (coordinación): personas activas del directorio con membresía vigente de evaluador(a) y sin membresía, vigente o pasada, en la entidad que postula (conflicto de interés).',
  })
  async assignEvaluators(
    @Arg('input', () => AssignEvaluatorsInput, {
      description:
        'El trámite, la versión consultada y los evaluadores que se suman al panel: sus usuarios (evaluators) o sus ids del directorio (evaluatorIds).',
    })
    input: AssignEvaluatorsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { subjects: evaluators, byId } = await assignedSubjects(ctx.em, 'EVALUATOR', {
      fields: { subject: 'evaluators', id: 'evaluatorIds' },
      subject: input.evaluators,
      id: input.evaluatorIds,
    });
    try {
      return await ctx.services.cases.act(ctx.principal, ctx.requestId, COFINANCING, input, { type: 'ASSIGN_EVALUATORS', evaluators });
    } catch (err) {
      throw byId ? movedPaths(err, 'evaluators', 'evaluatorIds') : err;
    }
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Retira del panel a un evaluador que no ha radicado su evaluación (coordinación), con motivos; si era el último pendiente, la postulación pasa a comité.',
  })
  removeEvaluator(
    @Arg('input', () => RemoveEvaluatorInput, { description: 'El trámite, la versión consultada, el evaluador que sale y los motivos.' })
    input: RemoveEvaluatorInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, COFINANCING, input, {
      type: 'REMOVE_EVALUATOR',
      evaluator: input.evaluator.trim(),
      note: input.note,
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'El evaluador asignado declara si tiene conflicto de interés (antes de calificar); con conflicto queda excluido.',
  })
  declareConflictOfInterest(
    @Arg('input', () => DeclareConflictInput, {
      description: 'El trámite, la versión consultada y la declaración (con motivos si hay conflicto).',
    })
    input: DeclareConflictInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, COFINANCING, input, {
      type: 'DECLARE_CONFLICT',
      evaluator: ctx.principal.subject,
      conflict: input.conflict,
      note: input.note ?? null,
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'El evaluador radica su calificación de cada criterio (0 a 100, justificada); con la última, la postulación pasa sola a comité.',
  })
  submitEvaluation(
    @Arg('input', () => SubmitEvaluationInput, {
      description: 'El trámite, la versión consultada y una calificación justificada por criterio.',
    })
    input: SubmitEvaluationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, COFINANCING, input, {
      type: 'SUBMIT_EVALUATION',
      evaluator: ctx.principal.subject,
      scores: input.scores.map((s) => ({ criterionId: s.criterionId, score: s.score, justification: s.justification })),
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => ApplicationType, {
    description: 'Registra el cronograma de desembolsos del convenio firmado (coordinación); las cuotas suman el aporte FUTIC.',
  })
  async setDisbursementSchedule(
    @Arg('input', () => DisbursementScheduleInput, { description: 'La postulación y sus cuotas (reemplazan el cronograma anterior).' })
    input: DisbursementScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    await ctx.services.applications.setSchedule(ctx.em, ctx.principal, input.caseId, input.instalments);
    return ctx.services.applications.find(ctx.em, ctx.principal, input.caseId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => ApplicationType, {
    description: 'Marca una cuota como pagada, una sola vez, con su referencia (coordinación, en ejecución).',
  })
  async recordDisbursementPayment(
    @Arg('input', () => DisbursementPaymentInput, { description: 'La cuota pagada, su referencia y el día del pago.' })
    input: DisbursementPaymentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    await ctx.services.applications.recordPayment(ctx.em, ctx.principal, input.caseId, input);
    return ctx.services.applications.find(ctx.em, ctx.principal, input.caseId);
  }

  @FieldResolver(() => CaseType, { description: 'El trámite: estado, versión, eventos disponibles, historial y términos.' })
  case(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.toType(app.kase);
  }

  @FieldResolver(() => CallType, { description: 'La convocatoria a la que se postula.' })
  async call(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.callType((await ctx.cofinancing.calls.load(app.callId))!);
  }

  @FieldResolver(() => [BudgetLineType], { description: 'Las líneas del presupuesto, en el orden en que la entidad las escribió.' })
  async budgetLines(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): Promise<BudgetLineType[]> {
    return (await ctx.cofinancing.budgetLines.load(app.id)).map((l) => ({
      position: l.position,
      ...componentOf(l.component),
      description: l.description,
      futicAmount: l.futicAmount,
      counterpartAmount: l.counterpartAmount,
      total: l.futicAmount + l.counterpartAmount,
    }));
  }

  @FieldResolver(() => [EligibilityCheckType], {
    description: 'Cada requisito habilitante de la convocatoria y lo que la coordinación encontró.',
  })
  async eligibility(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): Promise<EligibilityCheckType[]> {
    const [call, checks] = await Promise.all([ctx.cofinancing.calls.load(app.callId), ctx.cofinancing.checks.load(app.id)]);
    const byItem = new Map(checks.map((c) => [c.itemId, c]));
    return checklistOf(call!).map((item) => {
      const c = byItem.get(item.id);
      return {
        itemId: item.id,
        text: item.text,
        met: c?.met ?? null,
        note: c?.note ?? null,
        checkedBy: c?.checkedBy ?? null,
        checkedAt: c?.checkedAt ?? null,
      };
    });
  }

  @FieldResolver(() => [ApplicationChecklistItemType], {
    description:
      'Los requisitos habilitantes de la convocatoria, en su orden, con los documentos que la entidad adjuntó a cada uno (documents).',
  })
  async checklist(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): Promise<ApplicationChecklistItemType[]> {
    const call = await ctx.cofinancing.calls.load(app.callId);
    return checklistOf(call!).map((item) => ({
      itemId: item.id,
      text: item.text,
      requiresDocument: item.requiresDocument,
      caseId: app.id,
    }));
  }

  @FieldResolver(() => [EvaluationType], {
    // Nullable so that a refusal answers null here, with its error at this path, and keeps the application.
    nullable: true,
    description:
      'Evaluaciones: la coordinación y los auditores ven todas; un evaluador, la suya, y las de los demás solo después de radicar la propia y si no declaró conflicto. Para los demás, null y un error FORBIDDEN en este campo.',
  })
  async evaluations(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): Promise<EvaluationType[]> {
    const view = this.view(app, ctx);
    if (view === 'SCORE' || view === 'NONE')
      throw new ForbiddenError('Las evaluaciones individuales son reservadas de la coordinación y los evaluadores');
    const [assignments, scores, call] = await Promise.all([
      ctx.cofinancing.assignments.load(app.id),
      ctx.cofinancing.scores.load(app.id),
      ctx.cofinancing.calls.load(app.callId),
    ]);
    const order = new Map(rubricOf(call!).map((c, i) => [c.id, i]));
    return assignments
      .filter((a) => view === 'ALL' || a.evaluator === ctx.principal.subject)
      .map((a) => ({
        evaluator: a.evaluator,
        assignedAt: a.assignedAt,
        conflict: a.conflict,
        conflictNote: a.conflictNote,
        declaredAt: a.declaredAt,
        score: a.scoreHundredths === null ? null : a.scoreHundredths / 100,
        // In the rubric's order, as the evaluator was asked.
        scores: scores
          .filter((s) => s.evaluator === a.evaluator)
          .sort((x, y) => (order.get(x.criterionId) ?? 0) - (order.get(y.criterionId) ?? 0))
          .map((s) => ({ criterionId: s.criterionId, score: s.score, justification: s.justification })),
        submittedAt: a.submittedAt,
      }));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Promedio de los puntajes ponderados de los evaluadores sin conflicto (0 a 100, dos decimales); null hasta que todos califican. FORBIDDEN para un evaluador con conflicto.',
  })
  score(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): number | null {
    const view = this.view(app, ctx);
    if (view === 'EXCLUDED') throw new ForbiddenError('Declaró un conflicto de interés: no puede ver los puntajes de esta postulación');
    if (view === 'NONE') throw new ForbiddenError();
    return app.scoreHundredths === null ? null : app.scoreHundredths / 100;
  }

  @FieldResolver(() => DecisionType, { nullable: true, description: 'La decisión del comité (la última).' })
  decision(@Root() app: ApplicationType): DecisionType | null {
    const r = app.row;
    if (!r?.decision || !r.decidedAt || !r.decidedBy) return null;
    return { outcome: r.decision as DecisionOutcome, note: r.decisionNote, decidedAt: r.decidedAt, decidedBy: r.decidedBy };
  }

  @FieldResolver(() => ReservationType, { description: 'Los recursos reservados al aprobarla; null si no se ha aprobado.', nullable: true })
  async reservation(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): Promise<ReservationType | null> {
    return ctx.cofinancing.reservations.load(app.id);
  }

  @FieldResolver(() => AgreementType, { description: 'El convenio firmado; null hasta la firma.', nullable: true })
  agreement(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): Promise<AgreementType | null> {
    return ctx.cofinancing.agreements.load(app.id);
  }

  @FieldResolver(() => [DisbursementType], {
    description: 'El cronograma de desembolsos, por número de cuota (vacío hasta que la coordinación lo registra).',
  })
  disbursements(@Root() app: ApplicationType, @Ctx() ctx: GraphQLContext): Promise<DisbursementType[]> {
    return ctx.cofinancing.disbursements.load(app.id);
  }

  private view(app: ApplicationType, ctx: GraphQLContext) {
    return evaluationView(ctx.principal, app.kase, panelOf(contextOf(app.kase.snapshot)));
  }
}

/** The documents of an application's checklist item: those attached to it and current. */
@Resolver(() => ApplicationChecklistItemType)
export class ApplicationChecklistItemResolver {
  @FieldResolver(() => [DocumentType], {
    description: 'Los documentos vigentes adjuntos al requisito, en el orden en que se adjuntaron (una versión reemplazada ya no aparece).',
  })
  async documents(@Root() item: ApplicationChecklistItemType, @Ctx() ctx: GraphQLContext): Promise<DocumentType[]> {
    const key = checklistItemKey(item.caseId, item.itemId);
    return readableDocuments(ctx, await ctx.documentLoaders.byOwner.load(documentOwnerRef('CHECKLIST_ITEM', key)));
  }
}

/** The signed agreement's document. */
@Resolver(() => AgreementType)
export class AgreementDocumentResolver {
  @FieldResolver(() => DocumentType, {
    nullable: true,
    description: 'El convenio firmado (PDF), si se adjuntó al firmarlo; null si se firmó sin documento.',
  })
  async document(@Root() agreement: AgreementType, @Ctx() ctx: GraphQLContext): Promise<DocumentType | null> {
    const [doc] = await readableDocuments(ctx, await ctx.documentLoaders.byOwner.load(documentOwnerRef('AGREEMENT', agreement.caseId)));
    return doc ?? null;
  }
}

/** Where applications appear inside other types: a cofinancing case, and a call. */
@Resolver(() => CaseType)
export class CaseApplicationResolver {
  @FieldResolver(() => ApplicationType, { nullable: true, description: 'La postulación, si el trámite es de cofinanciación.' })
  async application(@Root() kase: CaseType, @Ctx() ctx: GraphQLContext): Promise<ApplicationType | null> {
    if (kase.process !== COFINANCING) return null;
    const [row, app] = await Promise.all([ctx.cofinancing.cases.load(kase.id), ctx.cofinancing.applications.load(kase.id)]);
    return row ? ApplicationType.from(row, app) : null;
  }
}

@Resolver(() => CallType)
export class CallApplicationsResolver {
  @FieldResolver(() => ApplicationConnection, {
    description: 'Postulaciones a la convocatoria que quien consulta puede ver (todas, las de su entidad o las que evalúa).',
  })
  applications(@Root() call: CallType, @Args(() => ApplicationsArgs) args: ApplicationsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.applications.page(ctx.em, ctx.principal, call.id, args);
  }
}
