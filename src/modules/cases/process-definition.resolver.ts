import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

import { processLabel, type MachineVersion } from '../../../workflows/registry';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { eventsOf, initialStateOf, statesOf, toMermaid } from '../../core/workflow/definition';
import { CaseEvent, CaseState, DeadlineKind, EventSenderEnum, TermCalendar, TermEnd } from './case.enums';
import { Process, Side } from './case.type';

@ObjectType('DeadlineDefinition', {
  description: 'Término declarado en un estado (valor por defecto; convocatorias y vigencias pueden fijar el suyo).',
  simpleResolvers: true,
})
class DeadlineDefinition {
  @Field(() => DeadlineKind, { description: 'Qué término es.' })
  kind!: string;

  @Field(() => Int, {
    description:
      'Duración por defecto en unidades de su calendario: días hábiles, días calendario o meses (0 cuando termina en una fecha fija, ver `until`).',
  })
  days!: number;

  @Field(() => TermEnd, {
    nullable: true,
    description: 'Si termina en un instante fijo en vez de tras `days` días (CYCLE_CLOSE: al cierre de la vigencia del trámite).',
  })
  until!: string | null;

  @Field(() => TermCalendar, { description: 'En qué se cuenta: días hábiles, días calendario o meses calendario.' })
  calendar!: string;

  @Field(() => CaseEvent, { nullable: true, description: 'Evento que se envía al vencer; null: el trámite se marca vencido.' })
  onExpire!: string | null;

  @Field(() => [Int], { description: 'Días antes del vencimiento en que se recuerda.' })
  remindBefore!: number[];
}

@ObjectType('StateDefinition', { description: 'Un estado de la máquina de un proceso.', simpleResolvers: true })
class StateDefinition {
  @Field(() => CaseState, { description: 'Nombre del estado en la máquina (el valor de Case.state).' })
  name!: string;

  @Field({ description: 'Nombre del estado en español.' })
  label!: string;

  @Field(() => Side, { description: 'Quién debe actuar mientras el trámite está en este estado.' })
  owner!: Side;

  @Field({ description: 'Si es un estado final (el trámite termina en él).' })
  final!: boolean;

  @Field(() => DeadlineDefinition, { description: 'El término que corre en este estado, si lo hay.', nullable: true })
  deadline!: DeadlineDefinition | null;

  @Field(() => [CaseEvent], { description: 'Eventos que acepta.' })
  events!: string[];
}

@ObjectType('EventDefinition', { description: 'Un evento que la máquina de un proceso acepta.', simpleResolvers: true })
class EventDefinition {
  @Field(() => CaseEvent, { description: 'Nombre del evento en la máquina.' })
  type!: string;

  @Field({ description: 'Nombre del evento en español.' })
  label!: string;

  @Field(() => EventSenderEnum, { description: 'Quién lo envía.' })
  sender!: string;

  @Field(() => String, { nullable: true, description: 'La mutación que lo envía; null si lo envía la plataforma (SYSTEM).' })
  mutation!: string | null;
}

@ObjectType('ProcessDefinition', {
  description: 'Una versión de la máquina de estados de un proceso, para dibujarla o consultarla.',
  simpleResolvers: true,
})
class ProcessDefinition {
  @Field(() => Process, { description: 'El proceso (antes en `id`, que ahora es el identificador global de esta versión).' })
  process!: Process;

  @Field(() => ID, { description: 'Identificador global de esta versión del proceso.' })
  id!: Process;

  @Field({ description: 'Nombre del proceso en español.' })
  label!: string;

  @Field(() => Int, { description: 'Versión de la máquina (los trámites conservan la versión con que se iniciaron).' })
  version!: number;

  @Field(() => CaseState, { description: 'Estado en que empieza un trámite nuevo.' })
  initialState!: string;

  @Field(() => [StateDefinition], { description: 'Todos sus estados, en el orden de la definición.' })
  states!: StateDefinition[];

  @Field(() => [EventDefinition], { description: 'Todos sus eventos, con quién los envía y la mutación que los envía.' })
  events!: EventDefinition[];

  @Field({
    description:
      'Diagrama Mermaid stateDiagram-v2 generado de la máquina: el id de cada nodo es el nombre del estado (el valor de Case.state, para resaltar el actual), y estados y transiciones llevan su nombre en español (los caracteres que Mermaid leería como sintaxis van como códigos de entidad, p. ej. #58; por los dos puntos).',
  })
  mermaid!: string;
}

function describe(
  v: MachineVersion,
  senderOf: (process: string, event: string) => string | undefined,
  mutations: Readonly<Record<string, string | null>>,
): ProcessDefinition {
  const states = [...statesOf(v.machine).values()];
  return {
    id: Process[v.process],
    process: Process[v.process],
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
      mutation: mutations[type] ?? null,
    })),
    mermaid: toMermaid(v.machine, v.eventLabels),
  };
}

@Resolver()
export class ProcessDefinitionResolver {
  @Authorized(Action.ReadProgramme)
  @Query(() => [ProcessDefinition], { description: 'Las máquinas de estados de los procesos: la última versión de cada una, o todas.' })
  processDefinitions(
    @Ctx() ctx: GraphQLContext,
    @Arg('allVersions', {
      description: 'true: todas las versiones publicadas de cada máquina; false: solo la última.',
      defaultValue: false,
    })
    allVersions: boolean,
  ) {
    const all = ctx.services.registry.all();
    const shown = allVersions ? all : all.filter((v) => ctx.services.registry.latest(v.process) === v);
    const { runtime } = ctx.services;
    return shown.map((v) => describe(v, (process, event) => runtime.senderOf(process, event), runtime.rulesOf(v.process).mutations));
  }
}
