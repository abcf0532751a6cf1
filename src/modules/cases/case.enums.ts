import { registerEnumType } from 'type-graphql';

import { MACHINE_VERSIONS, processLabel, type MachineVersion } from '../../../workflows/registry';
import { CASE_OUTCOMES, DEADLINE_KINDS, deadlineKindLabels } from '../../../workflows/shared';

import type { EventSender } from '../../core/auth/policy';
import { Role, roleLabel } from '../../core/auth/principal';
import { eventsOf, statesOf } from '../../core/workflow/definition';
import { EXTEND_TERM, REASSIGN } from '../../core/workflow/ports';

/**
 * The closed vocabularies of the processes as GraphQL enums, generated from the registry: every
 * state and every event of every version of every machine, so a client's compiler knows them all.
 * Each value is its own name (the wire is the machine's own `draft`, `START_REVIEW`) and its
 * description says what it means in each process that uses it (`draft` is a Borrador in two).
 */

/** A name and its Spanish label in each process that uses it, in registry order. */
type Vocabulary = Map<string, Map<string, string>>;

function vocabulary(versions: readonly MachineVersion[], namesOf: (v: MachineVersion) => [string, string][]): Vocabulary {
  const words: Vocabulary = new Map();
  for (const v of versions) {
    for (const [name, label] of namesOf(v)) {
      const uses = words.get(name) ?? new Map<string, string>();
      // A later version may relabel: the latest label of each process wins.
      uses.set(processLabel[v.process], label);
      words.set(name, uses);
    }
  }
  return words;
}

/** "Borrador (Autodiagnóstico…; Postulación…)", or one label per process when they differ. */
function meaning(uses: Map<string, string>): string {
  const byLabel = new Map<string, string[]>();
  for (const [process, label] of uses) byLabel.set(label, [...(byLabel.get(label) ?? []), process]);
  return [...byLabel].map(([label, processes]) => `${label} (${processes.join('; ')})`).join('; ') + '.';
}

function asEnum(words: Iterable<string>): Record<string, string> {
  return Object.fromEntries([...words].map((w) => [w, w]));
}

const states = vocabulary(MACHINE_VERSIONS, (v) => [...statesOf(v.machine).values()].map((s) => [s.name, s.label]));

const events = vocabulary(MACHINE_VERSIONS, (v) =>
  [...new Set([...eventsOf(v.machine), ...Object.keys(v.eventLabels)])].map((e) => [e, v.eventLabels[e] ?? e]),
);

/** What only the history records: the case's creation and a term's extension (not machine events). */
const HISTORY_ONLY: Record<string, string> = {
  CREATED: 'Creación del trámite: la primera fila de su historial (sin estado de origen).',
  [EXTEND_TERM]: 'Prórroga del término en curso (mutación extendTerm); el trámite sigue en el mismo estado.',
  [REASSIGN]:
    'Reasignación por la coordinación (mutación reassignOpenCases) del trabajo de una persona que sale a otra; el trámite sigue en el mismo estado.',
};

/** Every state of every process (the wire value is the machine's state name). */
export const CaseState = asEnum(states.keys());
registerEnumType(CaseState, {
  name: 'CaseState',
  description:
    'Un estado de un trámite: los de todas las versiones de las máquinas de los procesos (un mismo nombre puede servir a varios). Su nombre en español para mostrar viene en stateLabel.',
  valuesConfig: Object.fromEntries([...states].map(([name, uses]) => [name, { description: meaning(uses) }])),
});

/** Every event of every process, and the history's own CREATED, EXTEND_TERM and REASSIGN. */
export const CaseEvent = asEnum([...events.keys(), ...Object.keys(HISTORY_ONLY)]);
registerEnumType(CaseEvent, {
  name: 'CaseEvent',
  description:
    'Un evento de un trámite: los que aceptan las máquinas de los procesos (en todas sus versiones) y, solo en el historial, CREATED, EXTEND_TERM y REASSIGN. Su nombre en español viene en label o eventLabel.',
  valuesConfig: {
    ...Object.fromEntries([...events].map(([name, uses]) => [name, { description: meaning(uses) }])),
    ...Object.fromEntries(Object.entries(HISTORY_ONLY).map(([name, description]) => [name, { description }])),
  },
});

/** How a final case ended when its state alone does not say. */
export const CaseOutcome = asEnum(Object.keys(CASE_OUTCOMES));
registerEnumType(CaseOutcome, {
  name: 'CaseOutcome',
  description: 'Cómo terminó un trámite cuando su estado final no lo dice.',
  valuesConfig: Object.fromEntries(Object.entries(CASE_OUTCOMES).map(([name, description]) => [name, { description }])),
});

/** The terms the programme tracks (a state's `meta.deadline.kind`). */
export enum DeadlineKind {
  ASSESSMENT_SUBMISSION = 'ASSESSMENT_SUBMISSION',
  ACCOMPANIMENT_RESPONSE = 'ACCOMPANIMENT_RESPONSE',
  CORRECTIONS = 'CORRECTIONS',
  AGREEMENT_SIGNATURE = 'AGREEMENT_SIGNATURE',
  PLAN_REVIEW = 'PLAN_REVIEW',
  PROGRESS_REPORT_REVIEW = 'PROGRESS_REPORT_REVIEW',
  PROGRESS_REPORT_CORRECTIONS = 'PROGRESS_REPORT_CORRECTIONS',
  FIRST_SESSION = 'FIRST_SESSION',
  ACCOMPANIMENT_SURVEY = 'ACCOMPANIMENT_SURVEY',
  ELIGIBILITY_REVIEW = 'ELIGIBILITY_REVIEW',
}
registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: 'Los términos que el programa vigila.',
  valuesConfig: Object.fromEntries(DEADLINE_KINDS.map((k) => [k, { description: deadlineKindLabels[k] }])),
});

/** The calendar a term counts in (the wire name is upper case; the value inside is the machines' own). */
export enum TermCalendar {
  BUSINESS = 'business',
  CALENDAR = 'calendar',
  MONTH = 'month',
}
registerEnumType(TermCalendar, {
  name: 'TermCalendar',
  description: 'En qué días se cuenta un término.',
  valuesConfig: {
    BUSINESS: { description: 'Días hábiles (lunes a viernes sin festivos de Colombia).' },
    CALENDAR: { description: 'Días calendario.' },
    MONTH: {
      description:
        'Meses calendario: vence el día del mes siguiente con el mismo número del día en que empezó a correr (o el último del mes si no lo tiene), y si es inhábil, el siguiente día hábil.',
    },
  },
});

/** A term that ends at a fixed instant rather than after a number of days. */
export enum TermEnd {
  CYCLE_CLOSE = 'CYCLE_CLOSE',
}
registerEnumType(TermEnd, {
  name: 'TermEnd',
  description: 'El instante fijo en que termina un término que no se cuenta en días.',
  valuesConfig: { CYCLE_CLOSE: { description: 'Al cierre de la vigencia del trámite.' } },
});

/** Who wrote a history row: a person's role, or the platform. */
export const ActorRole = asEnum([...Object.values(Role), 'SYSTEM']);
registerEnumType(ActorRole, {
  name: 'ActorRole',
  description: 'Con qué rol actuó quien escribió una fila del historial, o SYSTEM si fue la plataforma.',
  valuesConfig: {
    ...Object.fromEntries(Object.values(Role).map((r) => [r, { description: `${roleLabel[r]}.` }])),
    SYSTEM: { description: 'La plataforma (vencimientos, cierre de la vigencia, lista de espera, tareas programadas).' },
  },
});

const senders: Record<EventSender, string> = {
  REPRESENTATIVE: 'El representante legal de la entidad del trámite.',
  ENTITY_LEAD: 'El representante legal o el líder TIC de la entidad del trámite.',
  ENTITY: 'Cualquier usuario de la entidad del trámite (representante o funcionario).',
  COORDINATOR: 'La coordinación MinTIC.',
  ASSIGNEE: 'El asesor o asesora asignado al trámite.',
  EVALUATOR: 'Un evaluador o evaluadora asignado a la postulación.',
  SYSTEM: 'La plataforma, sin intervención de una persona (vencimientos, cierre de la vigencia, lista de espera).',
};

/** Who may send an event. */
export const EventSenderEnum = asEnum(Object.keys(senders));
registerEnumType(EventSenderEnum, {
  name: 'EventSender',
  description: 'Quién puede enviar un evento de un proceso.',
  valuesConfig: Object.fromEntries(Object.entries(senders).map(([name, description]) => [name, { description }])),
});
