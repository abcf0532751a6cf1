import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { ForbiddenError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import { MembershipEventConnection } from './membership-event.type';
import { personView, sees, type PersonView } from './people-visibility';
import {
  DeactivatePersonInput,
  EndMembershipInput,
  MembershipEventsArgs,
  PeopleArgs,
  ReactivatePersonInput,
  TransferRepresentationInput,
} from './people.inputs';
import { MembershipType, PersonConnection, PersonType } from './person.type';

const HIDDEN: Record<Exclude<PersonView, 'NONE'>, string> = {
  FULL: 'Este dato de la persona solo lo ven ella misma, la coordinación y los auditores',
  CONTACT: 'El correo de la persona solo lo ven su entidad, ella misma, la coordinación y los auditores',
  NAME: 'Este dato de la persona no es visible para su rol',
};

/** What the caller sees of a person, decided once per person object and request. */
async function viewOf(person: PersonType, ctx: GraphQLContext): Promise<PersonView> {
  const cached = views.get(person);
  if (cached) return cached;
  const decided = (async () => {
    const current = person.current !== undefined ? person.current : await ctx.peopleLoaders.current.load(person.id);
    person.current = current;
    return personView(ctx.principal, { id: person.id, current });
  })();
  views.set(person, decided);
  return decided;
}
const views = new WeakMap<PersonType, Promise<PersonView>>();

/** A field of a person the caller may see only with `needed`: FORBIDDEN at its path otherwise (the person stays). */
async function guarded<T>(
  person: PersonType,
  ctx: GraphQLContext,
  needed: Exclude<PersonView, 'NONE'>,
  value: () => T | Promise<T>,
): Promise<T> {
  if (!sees(await viewOf(person, ctx), needed)) throw new ForbiddenError(HIDDEN[needed]);
  return value();
}

@Resolver(() => PersonType)
export class PeopleResolver {
  @Authorized(Action.ReadPeople)
  @Query(() => PersonType, {
    nullable: true,
    description: 'Una persona del directorio; null si no existe o si quien consulta no puede verla.',
  })
  person(@Arg('id', () => ID, { description: 'El id de la persona.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.peopleService.find(ctx.principal, ctx.peopleLoaders, id);
  }

  @Authorized(Action.ReadPeople)
  @Query(() => PersonConnection, { description: 'El directorio de personas, filtrado y paginado: de la coordinación y los auditores.' })
  people(@Args() args: PeopleArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.peopleService.list(ctx.principal, args);
  }

  @Authorized(Action.ReadPeople)
  @Query(() => MembershipEventConnection, {
    description:
      'El historial de accesos (invitaciones, membresías, entregas, desactivaciones): coordinación y auditores; el representante, el de su entidad.',
  })
  membershipEvents(@Args() args: MembershipEventsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.peopleService.events(ctx.principal, args);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Nombre: lo ven su entidad, el Ministerio, los auditores y ella misma.' })
  name(@Root() person: PersonType, @Ctx() ctx: GraphQLContext) {
    return guarded(person, ctx, 'NAME', () => person.row.name);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Correo de contacto verificado: lo ven su entidad, la coordinación, los auditores y ella misma.',
  })
  email(@Root() person: PersonType, @Ctx() ctx: GraphQLContext) {
    return guarded(person, ctx, 'CONTACT', () => person.row.contactEmail);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Teléfono: lo ven la coordinación, los auditores y ella misma.' })
  phone(@Root() person: PersonType, @Ctx() ctx: GraphQLContext) {
    return guarded(person, ctx, 'FULL', () => person.row.phone);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Su último ingreso: lo ven la coordinación, los auditores y ella misma.' })
  lastSignInAt(@Root() person: PersonType, @Ctx() ctx: GraphQLContext) {
    return guarded(person, ctx, 'FULL', () => person.row.lastSignInAt);
  }

  @FieldResolver(() => MembershipType, { nullable: true, description: 'Su membresía vigente; null si no tiene ninguna.' })
  membership(@Root() person: PersonType, @Ctx() ctx: GraphQLContext) {
    return guarded(person, ctx, 'NAME', async () => {
      const current = person.current !== undefined ? person.current : await ctx.peopleLoaders.current.load(person.id);
      return current ? ctx.services.peopleService.membership(current) : null;
    });
  }

  @FieldResolver(() => [MembershipType], {
    nullable: true,
    description: 'Todas sus membresías, la más reciente primero: las ven la coordinación, los auditores y ella misma.',
  })
  memberships(@Root() person: PersonType, @Ctx() ctx: GraphQLContext) {
    return guarded(person, ctx, 'FULL', async () =>
      Promise.all((await ctx.peopleLoaders.memberships.load(person.id)).map((m) => ctx.services.peopleService.membership(m))),
    );
  }

  @Authorized(Action.InvitePeople)
  @Mutation(() => MembershipType, {
    description:
      'Entrega la representación de una entidad a otra persona (coordinación, o el representante de la propia entidad): termina la membresía del representante saliente.',
  })
  transferRepresentation(
    @Arg('input', () => TransferRepresentationInput, { description: 'La entidad, su nuevo(a) representante y el motivo.' })
    input: TransferRepresentationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.peopleService.transferRepresentation(ctx.principal, input);
  }

  @Authorized(Action.InvitePeople)
  @Mutation(() => PersonType, {
    description:
      'Termina la membresía vigente de una persona: la coordinación, cualquiera; el representante, la del líder TIC o un funcionario de su entidad.',
  })
  endMembership(
    @Arg('input', () => EndMembershipInput, { description: 'La persona cuya membresía termina y el motivo.' }) input: EndMembershipInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.peopleService.endMembership(ctx.principal, input);
  }

  @Authorized(Action.ManagePeople)
  @Mutation(() => PersonType, { description: 'Desactiva a una persona (coordinación): se le rechaza desde su siguiente solicitud.' })
  deactivatePerson(
    @Arg('input', () => DeactivatePersonInput, { description: 'La persona que se desactiva y el motivo.' }) input: DeactivatePersonInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.peopleService.deactivate(ctx.principal, input);
  }

  @Authorized(Action.ManagePeople)
  @Mutation(() => PersonType, { description: 'Reactiva a una persona desactivada (coordinación).' })
  reactivatePerson(
    @Arg('input', () => ReactivatePersonInput, { description: 'La persona que se reactiva y el motivo.' }) input: ReactivatePersonInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.peopleService.reactivate(ctx.principal, input);
  }
}
