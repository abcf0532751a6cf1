import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { DateTimeISOScalar } from '../../core/graphql/scalars';
import { CaseActionInput, CaseNoteInput } from '../cases/case.inputs';
import { CaseTransitionPayload } from '../cases/case.type';
import { AccompanimentType } from './accompaniment.type';

/** The longest comment a survey keeps. */
export const SURVEY_COMMENT_MAX = 2000;

@InputType({ description: 'La respuesta de la entidad a la encuesta de satisfacción al terminar el acompañamiento.' })
export class AnswerAccompanimentSurveyInput extends CaseActionInput {
  @Field(() => Int, { description: 'La calificación del acompañamiento, de 1 (muy insatisfecha) a 5 (muy satisfecha).' })
  @IsInt({ message: 'score debe ser un número entero' })
  @Min(1, { message: 'la calificación va de 1 a 5' })
  @Max(5, { message: 'la calificación va de 1 a 5' })
  score!: number;

  @Field(() => String, { nullable: true, description: `Un comentario (opcional; a lo sumo ${SURVEY_COMMENT_MAX} caracteres).` })
  @IsOptional()
  @Length(0, SURVEY_COMMENT_MAX, { message: `comment admite a lo sumo ${SURVEY_COMMENT_MAX} caracteres` })
  comment?: string | null;
}

@ObjectType('AccompanimentSurvey', {
  description: 'La encuesta de satisfacción que la entidad respondió al terminar el acompañamiento.',
  simpleResolvers: true,
})
export class AccompanimentSurveyType {
  @Field(() => Int, { description: 'La calificación, de 1 a 5.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'El comentario de la entidad, si dejó uno.' })
  comment!: string | null;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo la respondió.' })
  answeredAt!: Date;
}

/**
 * The closing of an accompaniment: the advisor ends a help-to-apply-the-model accompaniment with a
 * closing note, and the entity answers the satisfaction survey (or its term runs out and the case
 * closes without it).
 */
@Resolver(() => AccompanimentType)
export class AccompanimentSurveyResolver {
  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Da por terminado un acompañamiento de apoyo para aplicar el modelo (ASSESSMENT_SUPPORT) con una nota de cierre (asesor asignado); la entidad pasa a responder la encuesta de satisfacción.',
  })
  finishAssessmentSupport(
    @Arg('input', () => CaseNoteInput, {
      description: 'El trámite, la versión consultada y la nota de cierre (note): qué se hizo y qué queda para la entidad.',
    })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'FINISH_SUPPORT', note: input.note });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Responde la encuesta de satisfacción del acompañamiento (un usuario de la entidad): una calificación de 1 a 5 y un comentario opcional; el acompañamiento queda finalizado.',
  })
  answerAccompanimentSurvey(
    @Arg('input', () => AnswerAccompanimentSurveyInput, {
      description: 'El trámite, la versión consultada, la calificación (score) y el comentario (comment).',
    })
    input: AnswerAccompanimentSurveyInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const comment = input.comment?.trim() ? { comment: input.comment.trim() } : {};
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, {
      type: 'ANSWER_SURVEY',
      score: input.score,
      ...comment,
    });
  }

  @FieldResolver(() => AccompanimentSurveyType, {
    nullable: true,
    description: 'La encuesta de satisfacción de la entidad; null mientras no la responda (y si el término venció sin respuesta).',
  })
  async survey(@Root() root: AccompanimentType, @Ctx() ctx: GraphQLContext): Promise<AccompanimentSurveyType | null> {
    const row = await ctx.accompaniment.requests.load(root.caseId);
    if (!row?.surveyAt || row.surveyScore == null) return null;
    return Object.assign(new AccompanimentSurveyType(), { score: row.surveyScore, comment: row.surveyComment, answeredAt: row.surveyAt });
  }
}
