import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { PROCESS_IDS, processLabel, type ProcessId, type WorkflowRegistry } from '../../../workflows/registry';

import { Connection } from '../../core/graphql/connection';
import type { CaseHistory } from '../../core/workflow/case-history.entity';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { contextOf, stateInfo } from '../../core/workflow/definition';

export enum Process {
  MATURITY_ASSESSMENT = 'MATURITY_ASSESSMENT',
  ACCOMPANIMENT = 'ACCOMPANIMENT',
  COFINANCING_APPLICATION = 'COFINANCING_APPLICATION',
}
// The GraphQL enum and the registry's ids must be the same list: this fails to compile otherwise.
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const processIdsMatch: SameMembers<ProcessId, `${Process}`> = true;
void processIdsMatch;

registerEnumType(Process, {
  name: 'Process',
  description: 'Los tres procesos de la Resolución 1117 de 2022.',
  valuesConfig: Object.fromEntries(PROCESS_IDS.map((p) => [p, { description: processLabel[p] }])),
});

export enum Side {
  ENTITY = 'ENTITY',
  MINISTRY = 'MINISTRY',
  ADVISOR = 'ADVISOR',
  NONE = 'NONE',
}
registerEnumType(Side, {
  name: 'Side',
  description: 'Quién debe actuar en un estado.',
  valuesConfig: {
    ENTITY: { description: 'La entidad territorial.' },
    MINISTRY: { description: 'El Ministerio (coordinación).' },
    ADVISOR: { description: 'El asesor o asesora asignado.' },
    NONE: { description: 'Nadie: estado final.' },
  },
});

@ObjectType('CaseEventOption', { description: 'Un evento que el estado acepta y que quien consulta puede enviar.', simpleResolvers: true })
export class CaseEventOption {
  @Field()
  event!: string;

  @Field()
  label!: string;
}

@ObjectType('CaseHistoryEntry', {
  description: 'Una transición confirmada del trámite (historial de solo inserción).',
  simpleResolvers: true,
})
export class CaseHistoryEntryType {
  @Field(() => Int, { description: '1 para la creación; después, la versión del trámite tras cada transición.' })
  seq!: number;

  @Field({ description: 'Evento (CREATED para la creación).' })
  event!: string;

  @Field()
  eventLabel!: string;

  @Field(() => String, { nullable: true })
  fromState!: string | null;

  @Field(() => String, { nullable: true })
  fromStateLabel!: string | null;

  @Field()
  toState!: string;

  @Field()
  toStateLabel!: string;

  @Field()
  actorSubject!: string;

  @Field({ description: 'Rol de quien envió el evento, o SYSTEM.' })
  actorRole!: string;

  @Field(() => GraphQLJSONObject, { description: 'Datos del evento (p. ej. la nota con los motivos).' })
  payload!: Record<string, unknown>;

  @Field()
  at!: Date;

  @Field()
  requestId!: string;
}

/** A case as the API shows it; the snapshot and lock keys stay inside. */
@ObjectType('Case', { description: 'Un trámite de una entidad territorial en uno de los tres procesos.' })
export class CaseType {
  @Field(() => ID)
  id!: string;

  @Field(() => Process)
  process!: Process;

  @Field()
  processLabel!: string;

  @Field(() => Int, { description: 'Versión de la máquina de estados con la que se inició (la conserva siempre).' })
  machineVersion!: number;

  @Field()
  state!: string;

  @Field()
  stateLabel!: string;

  @Field({ description: 'Si el trámite terminó (estado final).' })
  final!: boolean;

  @Field(() => Side, { description: 'Quién debe actuar ahora.' })
  owner!: Side;

  @Field(() => Int, { description: 'Versión para bloqueo optimista: envíela como expectedVersion.' })
  version!: number;

  @Field()
  entityCode!: string;

  @Field(() => ID, { nullable: true })
  cycleId!: string | null;

  @Field(() => ID, { nullable: true })
  callId!: string | null;

  @Field(() => String, { nullable: true, description: 'Usuario del asesor o asesora asignado.' })
  assignee!: string | null;

  @Field(() => String, { nullable: true, description: 'Los últimos motivos o comentario dados con una decisión.' })
  lastNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Cómo terminó, cuando el estado no lo dice (p. ej. DESISTIMIENTO).' })
  outcome!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Not exposed: who evaluates the case, and its machine's context (a process's rules decide from them what each viewer sees). */
  evaluators!: string[] | null;
  context!: Readonly<Record<string, unknown>>;

  static from(row: WorkflowCase, registry: WorkflowRegistry): CaseType {
    const process = row.process as ProcessId;
    const { machine } = registry.get(process, row.machineVersion);
    const info = stateInfo(machine, row.state);
    const context = contextOf(row.snapshot);
    const { lastNote, outcome } = context as { lastNote?: string | null; outcome?: string | null };
    return Object.assign(new CaseType(), {
      id: row.id,
      process: Process[process],
      processLabel: processLabel[process],
      machineVersion: row.machineVersion,
      state: row.state,
      stateLabel: info.label,
      final: row.final,
      owner: Side[info.owner],
      version: row.version,
      entityCode: row.entityCode,
      cycleId: row.cycleId,
      callId: row.callId,
      assignee: row.assignee,
      lastNote: lastNote ?? null,
      outcome: outcome ?? null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      evaluators: row.evaluators ?? null,
      context,
    });
  }
}

export function historyEntryType(
  row: CaseHistory,
  process: ProcessId,
  machineVersion: number,
  registry: WorkflowRegistry,
): CaseHistoryEntryType {
  const { machine, eventLabels } = registry.get(process, machineVersion);
  return {
    seq: row.seq,
    event: row.event,
    eventLabel:
      row.event === 'CREATED'
        ? 'Creación del trámite'
        : row.event === 'EXTEND_TERM'
          ? 'Prórroga del término'
          : (eventLabels[row.event] ?? row.event),
    fromState: row.fromState,
    fromStateLabel: row.fromState ? stateInfo(machine, row.fromState).label : null,
    toState: row.toState,
    toStateLabel: stateInfo(machine, row.toState).label,
    actorSubject: row.actorSubject,
    actorRole: row.actorRole,
    payload: row.payload,
    at: row.at,
    requestId: row.requestId,
  };
}

@ObjectType()
export class CaseConnection extends Connection(CaseType, 'Case') {}

@ObjectType('CaseTransitionResult', { description: 'Resultado de un cambio de estado.', simpleResolvers: true })
export class CaseTransitionResult {
  @Field(() => CaseType, { description: 'El trámite en su estado actual (en una repetición, con los cambios posteriores si los hubo).' })
  case!: CaseType;

  @Field(() => CaseHistoryEntryType, { description: 'La fila de historial que escribió el cambio.' })
  entry!: CaseHistoryEntryType;

  @Field({ description: 'true si la clave de idempotencia ya se había usado: no se hizo nada y se devuelve el primer resultado.' })
  replayed!: boolean;
}
