import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';

import { processLabel, type MachineVersion } from '../../../workflows/registry';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { eventsOf, initialStateOf, statesOf, toMermaid } from '../../core/workflow/definition';
import { Process, Side } from './case.type';

@ObjectType('DeadlineDefinition', {
  description: 'Término declarado en un estado (valor por defecto; convocatorias y vigencias pueden fijar el suyo).',
  simpleResolvers: true,
})
class DeadlineDefinition {
  @Field({ description: 'Qué término es (ver DeadlineKind).' })
  kind!: string;

  @Field(() => Int, { description: 'Duración por defecto en días de su calendario (0 cuando termina en una fecha fija, ver `until`).' })
  days!: number;

  @Field(() => String, { nullable: true, description: 'CYCLE_CLOSE: termina al cierre de la vigencia del trámite.' })
  until!: string | null;

  @Field({ description: 'business (días hábiles) o calendar (días calendario).' })
  calendar!: string;

  @Field(() => String, { nullable: true, description: 'Evento que se envía al vencer; null: el trámite se marca vencido.' })
  onExpire!: string | null;

  @Field(() => [Int], { description: 'Días antes del vencimiento en que se recuerda.' })
  remindBefore!: number[];
}

@ObjectType('StateDefinition', { simpleResolvers: true })
class StateDefinition {
  @Field()
  name!: string;

  @Field()
  label!: string;

  @Field(() => Side)
  owner!: Side;

  @Field()
  final!: boolean;

  @Field(() => DeadlineDefinition, { nullable: true })
  deadline!: DeadlineDefinition | null;

  @Field(() => [String], { description: 'Eventos que acepta.' })
  events!: string[];
}

@ObjectType('EventDefinition', { simpleResolvers: true })
class EventDefinition {
  @Field()
  type!: string;

  @Field()
  label!: string;

  @Field({
    description:
      'Quién lo envía: REPRESENTATIVE, ENTITY, COORDINATOR, ASSIGNEE (el asesor asignado), EVALUATOR (un evaluador asignado) o SYSTEM.',
  })
  sender!: string;
}

@ObjectType('ProcessDefinition', {
  description: 'Una versión de la máquina de estados de un proceso, para dibujarla o consultarla.',
  simpleResolvers: true,
})
class ProcessDefinition {
  @Field(() => Process)
  id!: Process;

  @Field()
  label!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  initialState!: string;

  @Field(() => [StateDefinition])
  states!: StateDefinition[];

  @Field(() => [EventDefinition])
  events!: EventDefinition[];

  @Field({ description: 'Diagrama Mermaid stateDiagram-v2 generado de la máquina.' })
  mermaid!: string;
}

function describe(v: MachineVersion, senderOf: (process: string, event: string) => string | undefined): ProcessDefinition {
  const states = [...statesOf(v.machine).values()];
  return {
    id: Process[v.process],
    label: processLabel[v.process],
    version: v.version,
    initialState: initialStateOf(v.machine),
    states: states.map((s) => ({
      name: s.name,
      label: s.label,
      owner: Side[s.owner],
      final: s.final,
      deadline: s.deadline ? { ...s.deadline, until: s.deadline.until ?? null, onExpire: s.deadline.onExpire ?? null } : null,
      events: s.events,
    })),
    events: eventsOf(v.machine).map((type) => ({
      type,
      label: v.eventLabels[type] ?? type,
      sender: senderOf(v.process, type) ?? 'SYSTEM',
    })),
    mermaid: toMermaid(v.machine),
  };
}

@Resolver()
export class ProcessDefinitionResolver {
  @Authorized(Action.ReadProgramme)
  @Query(() => [ProcessDefinition], { description: 'Las máquinas de estados de los procesos: la última versión de cada una, o todas.' })
  processDefinitions(@Ctx() ctx: GraphQLContext, @Arg('allVersions', { defaultValue: false }) allVersions: boolean) {
    const all = ctx.services.registry.all();
    const shown = allVersions ? all : all.filter((v) => ctx.services.registry.latest(v.process) === v);
    const { runtime } = ctx.services;
    return shown.map((v) => describe(v, (process, event) => runtime.senderOf(process, event)));
  }
}
