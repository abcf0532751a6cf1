import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { PROCESS_IDS, processLabel, type ProcessId, type WorkflowRegistry } from '../../../workflows/registry';

import { Connection } from '../../core/graphql/connection';
import { JSONObjectScalar } from '../../core/graphql/scalars';
import type { CaseHistory } from '../../core/workflow/case-history.entity';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { contextOf, stateInfo } from '../../core/workflow/definition';
import { ActorRole, CaseEvent, CaseOutcome, CaseState } from './case.enums';

export enum Process {
  MATURITY_ASSESSMENT = 'MATURITY_ASSESSMENT',
  ACCOMPANIMENT = 'ACCOMPANIMENT',
  COFINANCING_APPLICATION = 'COFINANCING_APPLICATION',
  PLAN_REVIEW = 'PLAN_REVIEW',
  PROGRESS_REPORT = 'PROGRESS_REPORT',
}
// The GraphQL enum and the registry's ids must be the same list: this fails to compile otherwise.
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const processIdsMatch: SameMembers<ProcessId, `${Process}`> = true;
void processIdsMatch;

registerEnumType(Process, {
  name: 'Process',
  description:
    'Los tres procesos de la Resolución 1117 de 2022 y los dos del seguimiento a la ejecución (aprobación de versiones del plan de acción, reportes de avance).',
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
  @Field(() => CaseEvent, { description: 'El evento, como lo nombra la máquina.' })
  event!: string;

  @Field({ description: 'Nombre del evento en español, para el botón o el menú.' })
  label!: string;

  @Field({
    description:
      'La mutación que envía este evento (p. ej. startAssessmentReview para START_REVIEW); recibe el id del trámite y la versión consultada.',
  })
  mutation!: string;
}

@ObjectType('CaseHistoryEntry', {
  description: 'Una transición confirmada del trámite (historial de solo inserción).',
  simpleResolvers: true,
})
export class CaseHistoryEntryType {
  @Field(() => Int, { description: '1 para la creación; después, la versión del trámite tras cada transición.' })
  seq!: number;

  @Field(() => CaseEvent, { description: 'Evento (CREATED para la creación).' })
  event!: string;

  @Field({ description: 'Nombre del evento en español.' })
  eventLabel!: string;

  @Field(() => CaseState, { description: 'Estado anterior; null en la creación.', nullable: true })
  fromState!: string | null;

  @Field(() => String, { description: 'Nombre en español del estado anterior; null en la creación.', nullable: true })
  fromStateLabel!: string | null;

  @Field(() => CaseState, { description: 'Estado al que llegó (el mismo en una prórroga o en una declaración de un evaluador).' })
  toState!: string;

  @Field({ description: 'Nombre en español del estado al que llegó.' })
  toStateLabel!: string;

  @Field({
    description:
      'Usuario (sub del token) de quien envió el evento, o system:<tarea> para la plataforma; vacío si quien consulta no puede verlo (p. ej. un evaluador ajeno).',
  })
  actorSubject!: string;

  @Field(() => ActorRole, { description: 'Rol de quien envió el evento, o SYSTEM.' })
  actorRole!: string;

  @Field(() => JSONObjectScalar, { description: 'Datos del evento (p. ej. la nota con los motivos).' })
  payload!: Record<string, unknown>;

  @Field({ description: 'Cuándo se confirmó.' })
  at!: Date;

  @Field({ description: 'Id de la petición que lo escribió (para cruzar con los registros del servidor).' })
  requestId!: string;
}

/** A case as the API shows it; the snapshot and lock keys stay inside. */
@ObjectType('Case', { description: 'Un trámite de una entidad territorial en uno de los tres procesos.' })
export class CaseType {
  @Field(() => ID, { description: 'Identificador del trámite.' })
  id!: string;

  @Field(() => Process, { description: 'Proceso del trámite.' })
  process!: Process;

  @Field({ description: 'Nombre del proceso en español.' })
  processLabel!: string;

  @Field(() => Int, { description: 'Versión de la máquina de estados con la que se inició (la conserva siempre).' })
  machineVersion!: number;

  @Field(() => CaseState, { description: 'Estado actual en la máquina de estados del proceso.' })
  state!: string;

  @Field({ description: 'Nombre del estado actual en español, para mostrar.' })
  stateLabel!: string;

  @Field({ description: 'Si el trámite terminó (estado final).' })
  final!: boolean;

  @Field(() => Side, { description: 'Quién debe actuar ahora.' })
  owner!: Side;

  @Field(() => Int, { description: 'Versión para bloqueo optimista: envíela como expectedVersion.' })
  version!: number;

  @Field({ description: 'Código DIVIPOLA de la entidad territorial del trámite.' })
  entityCode!: string;

  @Field(() => ID, { description: 'Vigencia del trámite (autodiagnóstico y acompañamiento); null en una postulación.', nullable: true })
  cycleId!: string | null;

  @Field(() => ID, { description: 'Convocatoria del trámite (postulación); null en los demás procesos.', nullable: true })
  callId!: string | null;

  @Field(() => String, { nullable: true, description: 'Usuario del asesor o asesora asignado.' })
  assignee!: string | null;

  @Field(() => String, { nullable: true, description: 'Los últimos motivos o comentario dados con una decisión.' })
  lastNote!: string | null;

  @Field(() => CaseOutcome, { nullable: true, description: 'Cómo terminó, cuando el estado final no lo dice (p. ej. DESISTIMIENTO).' })
  outcome!: string | null;

  @Field({ description: 'Cuándo se inició.' })
  createdAt!: Date;

  @Field({ description: 'Cuándo cambió por última vez.' })
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
          : row.event === 'REASSIGN'
            ? 'Reasignación a otra persona'
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

@ObjectType({ description: 'Una página de trámites.' })
export class CaseConnection extends Connection(CaseType, 'Case') {
  @Field({
    description:
      'Posición del flujo de cambios de trámites tomada antes de leer la lista: pásela como `after` a `caseChanged` para recibir todo cambio posterior a la lectura (los confirmados antes no se repiten; uno confirmado mientras se leía puede llegar aunque la lista ya lo refleje).',
  })
  feedCursor!: string;
}

@ObjectType('CaseTransitionPayload', { description: 'Resultado de un cambio de estado.', simpleResolvers: true })
export class CaseTransitionPayload {
  @Field(() => CaseType, { description: 'El trámite en su estado actual (en una repetición, con los cambios posteriores si los hubo).' })
  case!: CaseType;

  @Field(() => CaseHistoryEntryType, { description: 'La fila de historial que escribió el cambio.' })
  entry!: CaseHistoryEntryType;

  @Field({ description: 'true si la clave de idempotencia ya se había usado: no se hizo nada y se devuelve el primer resultado.' })
  replayed!: boolean;
}
