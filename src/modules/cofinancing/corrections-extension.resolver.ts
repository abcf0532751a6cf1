import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseActionInput } from '../cases/case.inputs';
import { CaseTransitionPayload } from '../cases/case.type';

/** What the history records when the entity gives no reasons: the law asks for none. */
export const CORRECTIONS_EXTENSION_REASON =
  'La entidad solicitó la prórroga del término para subsanar por un término igual (Ley 1755 de 2015, art. 17).';

@InputType({
  description:
    'La solicitud de prórroga del término para subsanar (Ley 1755 de 2015, art. 17): una sola vez, antes de que venza, por un término igual al inicial.',
})
export class RequestCorrectionsExtensionInput extends CaseActionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Motivos de la solicitud, que se informan a la coordinación (opcional; la ley no los exige; de 10 a 5000 caracteres).',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'reason admite a lo sumo 5000 caracteres' })
  reason?: string | null;
}

/** The entity's request for more time to complete its application, through the runtime's term extension. */
@Resolver()
export class CorrectionsExtensionResolver {
  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Prorroga el término para subsanar la postulación por un término igual al inicial (Ley 1755 de 2015, art. 17). La pide la entidad (su representante o sus funcionarios) una sola vez y antes de que el término venza; el desistimiento solo se declara cuando vence también la prórroga. Queda en el historial como EXTEND_TERM.',
  })
  requestCorrectionsExtension(
    @Arg('input', () => RequestCorrectionsExtensionInput, {
      description: 'El trámite de la postulación, la versión consultada, la clave de idempotencia y los motivos (opcionales).',
    })
    input: RequestCorrectionsExtensionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = input.reason?.trim() ? input.reason : CORRECTIONS_EXTENSION_REASON;
    return ctx.services.deadlines.extend(ctx.principal, ctx.requestId, ctx.services.cases, { ...input, reason, kind: 'CORRECTIONS' });
  }
}
