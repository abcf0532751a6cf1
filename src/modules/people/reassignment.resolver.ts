import { Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { reassignOpenCases } from './reassignment';

@InputType({ description: 'Una persona que sale, quien recibe su trabajo abierto y los motivos.' })
export class ReassignOpenCasesInput {
  @Field(() => ID, { description: 'La persona que sale (un asesor o asesora, o un evaluador o evaluadora); puede estar ya desactivada.' })
  fromPersonId!: string;

  @Field(() => ID, {
    description:
      'Quien recibe: una persona activa del directorio, asesor(a) para los acompañamientos y evaluador(a) para los puestos de panel.',
  })
  toPersonId!: string;

  @Field({ description: 'Motivos (entre 10 y 2000 caracteres); quedan en el historial de cada trámite y en la auditoría del directorio.' })
  @Length(1, 2000, { message: 'reason admite a lo sumo 2000 caracteres' })
  reason!: string;
}

@ObjectType('CaseReassignmentRefusal', { description: 'Un trámite abierto de la persona que sale que no se reasignó, y por qué.' })
export class CaseReassignmentRefusal {
  @Field(() => ID, { description: 'El trámite.' })
  caseId!: string;

  @Field({ description: 'Por qué no se reasignó (en español).' })
  reason!: string;
}

@ObjectType('ReassignOpenCasesPayload', { description: 'Lo que hizo una reasignación: cada trámite se movió, o no, por separado.' })
export class ReassignOpenCasesPayload {
  @Field(() => [ID], { description: 'Los trámites que pasaron a la nueva persona (cada uno con una fila REASSIGN en su historial).' })
  moved!: string[];

  @Field(() => [CaseReassignmentRefusal], {
    description: 'Los trámites que no se pudieron mover, con el motivo; los demás sí se movieron.',
  })
  refused!: CaseReassignmentRefusal[];
}

@Resolver()
export class ReassignmentResolver {
  @Authorized(Action.ManagePeople)
  @Mutation(() => ReassignOpenCasesPayload, {
    description:
      'Reasigna todo el trabajo abierto de una persona que sale (coordinación): sus acompañamientos no terminados a otro asesor(a) activo(a), y sus puestos pendientes en paneles de evaluación a otro evaluador(a) activo(a) que no esté ya en ese panel ni tenga conflicto con la entidad. Cada trámite pasa por el motor de flujos (historial REASSIGN, aviso a quien lo recibe); uno que no se pueda mover se informa y no deshace los demás.',
  })
  reassignOpenCases(
    @Arg('input', () => ReassignOpenCasesInput, { description: 'La persona que sale, quien recibe y los motivos.' })
    input: ReassignOpenCasesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReassignOpenCasesPayload> {
    return reassignOpenCases(
      {
        knex: ctx.em.getKnex(),
        runtime: ctx.services.runtime,
        openWork: ctx.services.openWork,
        people: ctx.services.people,
        logger: ctx.logger,
      },
      ctx.principal,
      ctx.requestId,
      input,
    );
  }
}
