import { IsOptional, IsUUID } from 'class-validator';
import { Args, ArgsType, Authorized, Field, ID, InputType, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';

import { Action, canReadCase } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import type { CaseChange } from '../../core/workflow/workflow-runtime';
import { CaseFilterFields } from './case.inputs';
import { Process } from './case.type';

@InputType({
  description:
    'Qué cambios recibir: los filtros de `cases` (el estado es el de llegada) y un trámite; solo llegan los de trámites visibles para quien se suscribe.',
})
class CaseChangeFilter extends CaseFilterFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId?: string | null;
}

@ArgsType()
class CaseChangedArgs {
  @Field(() => CaseChangeFilter, { nullable: true })
  filter?: CaseChangeFilter | null;
}

@ObjectType('CaseChange', { description: 'Una transición confirmada de un trámite.', simpleResolvers: true })
class CaseChangeType {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Process)
  process!: Process;

  @Field()
  entityCode!: string;

  @Field(() => Int)
  seq!: number;

  @Field()
  event!: string;

  @Field(() => String, { nullable: true })
  fromState!: string | null;

  @Field()
  toState!: string;

  @Field(() => Int, { description: 'Versión del trámite tras el cambio.' })
  version!: number;

  @Field()
  at!: Date;
}

function matches(filter: CaseChangeFilter | null | undefined, c: CaseChange): boolean {
  if (!filter) return true;
  return (
    (!filter.caseId || filter.caseId === c.caseId) &&
    (!filter.process || filter.process === c.process) &&
    (!filter.state || filter.state === c.toState) &&
    (!filter.entityCode || filter.entityCode === c.entityCode) &&
    (!filter.departmentCode || filter.departmentCode === c.departmentCode) &&
    (!filter.cycleId || filter.cycleId === c.cycleId) &&
    (!filter.callId || filter.callId === c.callId)
  );
}

@Resolver()
export class CaseSubscriptionResolver {
  @Authorized(Action.ReadCases)
  @Subscription(() => CaseChangeType, {
    description: 'Cada transición confirmada de los trámites que quien se suscribe puede ver (graphql-ws).',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const principal = ctx.policy.authorize(ctx.principal, Action.ReadCases);
      const { filter } = args as CaseChangedArgs;
      return ctx.services.caseEvents.subscribe((c) => matches(filter, c) && canReadCase(principal, c));
    },
  })
  caseChanged(@Root() change: CaseChange, @Args() _args: CaseChangedArgs): CaseChangeType {
    return { ...change, process: Process[change.process], at: new Date(change.at) };
  }
}
