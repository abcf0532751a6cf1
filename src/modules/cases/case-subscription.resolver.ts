import { IsOptional, IsUUID, Min } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';

import { Action, canReadCase } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import type { GraphQLContext } from '../../core/graphql/context';
import { isUuid } from '../../core/text';
import type { FedChange } from '../../core/workflow/case-feed';
import type { CaseChange } from '../../core/workflow/workflow-runtime';
import { feedCursorOf, feedPositionOf } from './case-feed-cursor';
import { CaseEvent, CaseState } from './case.enums';
import { CaseFilterFields } from './case.inputs';
import { CaseType, Process } from './case.type';

/** At most this many missed changes are replayed; more, and the subscription is refused (the client refetches). */
export const MAX_REPLAYED_CHANGES = 100;
/** A cursor further behind than this many changes (of every case) is refused without reading them. */
export const MAX_CURSOR_LAG = 10_000;

@InputType({
  description:
    'Qué cambios recibir: los filtros de `cases` (el estado es el de llegada) y un trámite; solo llegan los de trámites visibles para quien se suscribe.',
})
class CaseChangeFilter extends CaseFilterFields {
  @Field(() => ID, { description: 'Solo los cambios de este trámite.', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId?: string | null;
}

@ArgsType()
class CaseChangedArgs {
  @Field(() => CaseChangeFilter, { description: 'Qué cambios recibir; sin filtro, todos los de los trámites visibles.', nullable: true })
  filter?: CaseChangeFilter | null;

  @Field(() => Int, {
    description: `Reanudar un trámite (exige filter.caseId): el último seq que se recibió de él, o la versión con la que se consultó; primero llegan, en orden, los cambios posteriores que ya estaban confirmados (hasta ${MAX_REPLAYED_CHANGES}; si faltan más, PRECONDITION_FAILED y hay que volver a consultar), luego los nuevos, sin huecos ni repetidos.`,
    nullable: true,
  })
  @IsOptional()
  @Min(0, { message: 'afterSeq debe ser 0 o mayor' })
  afterSeq?: number | null;

  @Field(() => String, {
    description: `Reanudar con cualquier filtro: el cursor del último CaseChange recibido, o el feedCursor de la consulta \`cases\` con que se cargó la lista; primero llegan, en orden, los cambios posteriores visibles para quien se suscribe (hasta ${MAX_REPLAYED_CHANGES}; si faltan más, PRECONDITION_FAILED y hay que volver a consultar), luego los nuevos, sin huecos ni repetidos.`,
    nullable: true,
  })
  @IsOptional()
  after?: string | null;
}

@ObjectType('CaseChange', {
  description: 'Una transición confirmada de un trámite, con el trámite tal como queda (para actualizar la caché del cliente).',
  simpleResolvers: true,
})
class CaseChangeType {
  @Field(() => ID, { description: 'El trámite que cambió.' })
  caseId!: string;

  @Field(() => Process, { description: 'Proceso del trámite.' })
  process!: Process;

  @Field({ description: 'Código DIVIPOLA de la entidad del trámite.' })
  entityCode!: string;

  @Field(() => Int, { description: 'Número de la fila del historial que escribió el cambio (crece de uno en uno por trámite).' })
  seq!: number;

  @Field(() => CaseEvent, { description: 'El evento que produjo el cambio.' })
  event!: string;

  @Field(() => CaseState, { description: 'Estado anterior; null en la creación.', nullable: true })
  fromState!: string | null;

  @Field(() => CaseState, { description: 'Estado al que llegó.' })
  toState!: string;

  @Field(() => Int, { description: 'Versión del trámite tras el cambio.' })
  version!: number;

  @Field({ description: 'Cuándo se confirmó el cambio.' })
  at!: Date;

  /** The change as the feed gave it (for `case`); not a field. */
  change!: FedChange;

  @Field(() => CaseType, {
    description:
      'El trámite al entregar el cambio, leído con los permisos de quien se suscribe: su estado, versión y availableEvents actuales (si le siguieron otros cambios, su versión es posterior y esos cambios llegan a continuación).',
  })
  case!: CaseType;

  @Field({
    description:
      'Posición de este cambio entre los de todos los trámites: pásela como `after` al volver a suscribirse para recibir lo que se perdió.',
  })
  cursor!: string;
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

/**
 * The missed changes, then the live ones the subscription accepts that it does not already have
 * (`fresh` drops a change replayed or delivered before). A plain iterator, so that `return()`
 * (the client unsubscribing) is not queued behind a pending `next()`.
 */
function resumed(
  missed: FedChange[],
  live: AsyncIterableIterator<FedChange>,
  accept: (c: FedChange) => boolean,
  fresh: (c: FedChange) => boolean,
): AsyncIterableIterator<FedChange> {
  let replayed = 0;
  const iterator: AsyncIterableIterator<FedChange> = {
    async next() {
      if (replayed < missed.length) return { value: missed[replayed++], done: false };
      for (;;) {
        const step = await live.next();
        if (step.done) return step;
        if (accept(step.value) && fresh(step.value)) return step;
      }
    },
    return: async () => {
      await live.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** `caseChanged`'s source: the feed, and when resuming, first what the history says was missed. */
async function changesFor(ctx: GraphQLContext, principal: Principal, args: CaseChangedArgs): Promise<AsyncIterableIterator<FedChange>> {
  const { filter, afterSeq, after } = args;
  const single = filter?.caseId ?? null;
  if (afterSeq != null && after != null) {
    throw new BadUserInputError('Use afterSeq (un trámite) o after (cualquier filtro), no los dos', {
      path: 'afterSeq',
      code: ProblemCode.NOT_ALLOWED,
    });
  }
  // Checked here: the arguments' own rules run only when an event is resolved.
  if (afterSeq != null && (!Number.isSafeInteger(afterSeq) || afterSeq < 0)) {
    throw new BadUserInputError('afterSeq debe ser 0 o mayor', { path: 'afterSeq', code: ProblemCode.OUT_OF_RANGE });
  }
  if (afterSeq != null && !single) {
    throw new BadUserInputError('afterSeq reanuda un trámite: indique filter.caseId, o use after para varios trámites', {
      path: 'afterSeq',
      code: ProblemCode.NOT_ALLOWED,
    });
  }
  // The filter's ids reach SQL when resuming: a value that is not one is refused here.
  for (const field of ['caseId', 'cycleId', 'callId'] as const) {
    const id = filter?.[field];
    if (id != null && !isUuid(id)) {
      throw new BadUserInputError(`${field} debe ser un identificador válido`, {
        path: `filter.${field}`,
        code: ProblemCode.INVALID_FORMAT,
      });
    }
  }
  const since: { position: number } | { seq: number } | null =
    after != null ? { position: feedPositionOf(after) } : afterSeq != null ? { seq: afterSeq } : null;
  const accept = (c: FedChange) => matches(filter, c) && canReadCase(principal, c);
  const follower = ctx.services.caseFeed.follow();
  try {
    // Listening before reading the history: a change committed meanwhile arrives live (or twice, and is dropped).
    const from = await follower.from;
    if (since && 'position' in since && from - since.position > MAX_CURSOR_LAG) throw tooFarBehind();
    const missed = since
      ? await ctx.services.cases.missedChanges(ctx.em, ctx.services.caseFeed, principal, filter, since, from, MAX_REPLAYED_CHANGES + 1)
      : [];
    if (missed.length > MAX_REPLAYED_CHANGES) throw tooFarBehind();
    // What the subscriber has: one case's changes up to a seq, or every change up to a position.
    const key = since && 'seq' in since ? (c: FedChange) => c.seq : (c: FedChange) => c.position;
    let had = !since ? 0 : 'seq' in since ? Math.max(since.seq, missed.at(-1)?.seq ?? 0) : Math.max(since.position, from);
    const fresh = (c: FedChange) => {
      if (key(c) <= had) return false;
      had = key(c);
      return true;
    };
    return resumed(missed, follower.changes, accept, fresh);
  } catch (err) {
    await follower.changes.return?.();
    throw err;
  }
}

const tooFarBehind = () =>
  new PreconditionFailedError(
    'TOO_MANY_MISSED_CHANGES',
    `Se perdieron más de ${MAX_REPLAYED_CHANGES} cambios: vuelva a consultar los trámites y suscríbase de nuevo sin cursor`,
    { limit: MAX_REPLAYED_CHANGES },
  );

@Resolver(() => CaseChangeType)
export class CaseSubscriptionResolver {
  @Authorized(Action.ReadCases)
  @Subscription(() => CaseChangeType, {
    description:
      'Cada transición confirmada de los trámites que quien se suscribe puede ver (graphql-ws), con el trámite actualizado. Con afterSeq o after, primero los cambios que se perdió.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const principal = ctx.policy.authorize(ctx.principal, Action.ReadCases);
      return changesFor(ctx, principal, args as CaseChangedArgs);
    },
  })
  caseChanged(@Root() change: FedChange, @Args() _args: CaseChangedArgs): CaseChangeType {
    return Object.assign(new CaseChangeType(), {
      ...change,
      change,
      process: Process[change.process],
      at: new Date(change.at),
      cursor: feedCursorOf(change.position),
    });
  }

  @FieldResolver(() => CaseType)
  async case(@Root() root: CaseChangeType, @Ctx() ctx: GraphQLContext): Promise<CaseType> {
    // Read at delivery, in this event's own request scope, with the subscriber's permissions.
    const row = await ctx.loaders.cases.load(root.change.caseId);
    if (!row || !canReadCase(ctx.principal, row))
      throw new NotFoundError(`No existe el trámite ${root.change.caseId} o no tiene acceso a él`);
    return ctx.services.cases.toType(row);
  }
}
