import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { Role, type Principal } from '../../core/auth/principal';
import { ForbiddenError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import { PersonType } from './person.type';

/** Who sees a person's workload: the coordination, which assigns the work, and the auditors. */
export const canSeeWorkload = (p: Principal): boolean => p.role === Role.COORDINATOR || p.role === Role.AUDITOR;

/** The workloads of every person of a page, read together: one grouped statement per process, however long the page. */
export const workloadLoader = (ctx: GraphQLContext): DataLoader<string, number> =>
  new DataLoader<string, number>(async (subjects) => {
    const work = await ctx.services.openWork.of(subjects);
    return subjects.map((s) => work.get(s) ?? 0);
  });

@Resolver(() => PersonType)
export class PersonWorkloadResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Trámites abiertos asignados a la persona: acompañamientos no terminados de los que es asesor(a), y postulaciones en evaluación técnica en cuyo panel tiene una evaluación pendiente (sin radicar y sin conflicto declarado). Lo ven la coordinación y los auditores; para los demás es null con FORBIDDEN.',
  })
  workload(@Root() person: PersonType, @Ctx() ctx: GraphQLContext): Promise<number> {
    if (!canSeeWorkload(ctx.principal)) {
      return Promise.reject(new ForbiddenError('La carga de trabajo de una persona solo la ven la coordinación y los auditores'));
    }
    return ctx.workloads.load(person.row.subject);
  }
}
