import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode } from 'xstate';

import type { DeadlineSpec, Side, StateMeta } from '../../../workflows/shared';

/**
 * Read-only views of a machine definition: its states with their Spanish labels, owners and
 * deadlines, the events each state accepts, and a Mermaid diagram. The machines are flat (one level
 * of states), so a state value is the state's name.
 */
export interface StateInfo {
  name: string;
  label: string;
  owner: Side;
  final: boolean;
  deadline: DeadlineSpec | null;
  /** Event types the state accepts, in definition order (guards not evaluated). */
  events: string[];
  /** Each accepted event and the states it may lead to. */
  transitions: { event: string; targets: string[]; guard: string | null }[];
}

const cache = new WeakMap<AnyStateMachine, Map<string, StateInfo>>();

function describeNode(node: AnyStateNode): StateInfo {
  const meta = (node.meta ?? {}) as Partial<StateMeta>;
  const transitions = [...node.transitions.entries()].flatMap(([event, defs]) =>
    defs.map((t) => ({
      event,
      targets: (t.target ?? []).map((n: AnyStateNode) => n.key),
      // XState keeps a guard named in the config as its name (a string), a parameterised one as an object.
      guard:
        typeof t.guard === 'string' ? t.guard : t.guard && typeof t.guard === 'object' && 'type' in t.guard ? String(t.guard.type) : null,
    })),
  );
  return {
    name: node.key,
    label: meta.label ?? node.key,
    owner: meta.owner ?? 'NONE',
    final: node.type === 'final',
    deadline: meta.deadline ?? null,
    events: [...new Set(transitions.map((t) => t.event))],
    transitions,
  };
}

export function statesOf(machine: AnyStateMachine): Map<string, StateInfo> {
  let states = cache.get(machine);
  if (!states) {
    states = new Map(Object.values(machine.root.states).map((n) => [n.key, describeNode(n as AnyStateNode)]));
    cache.set(machine, states);
  }
  return states;
}

export function stateInfo(machine: AnyStateMachine, state: string): StateInfo {
  const info = statesOf(machine).get(state);
  if (!info) throw new Error(`${machine.id} no tiene el estado ${state}`);
  return info;
}

/** Every event type the machine knows, in definition order. */
export function eventsOf(machine: AnyStateMachine): string[] {
  return [...new Set([...statesOf(machine).values()].flatMap((s) => s.events))];
}

export interface PersistedCase {
  value: string;
  context: Record<string, unknown>;
}

/** The snapshot a case was saved with, brought back to life on its own machine version. */
/** The machine's context held in a case's persisted snapshot (empty when it has none). */
export function contextOf(snapshot: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  return (snapshot as { context?: Record<string, unknown> }).context ?? {};
}

export function restore(machine: AnyStateMachine, persisted: PersistedCase): AnyMachineSnapshot {
  return machine.resolveState({ value: persisted.value, context: persisted.context });
}

/** What is stored for a snapshot: the state and context (flat machines need nothing more). */
export function persist(snapshot: AnyMachineSnapshot): PersistedCase {
  return { value: snapshot.value as string, context: snapshot.context as Record<string, unknown> };
}

export function initialStateOf(machine: AnyStateMachine): string {
  return String(machine.root.initial?.target?.[0]?.key ?? Object.keys(machine.root.states)[0]);
}

/**
 * Mermaid's entity codes for the characters that would end or change a label (`:` and `;` end a
 * description, `#` starts an entity, `%%` a comment) or that it would take as markup. Mermaid turns
 * `#58;` back into `:` when it renders. Accents and other letters need nothing: labels are UTF-8.
 */
const MERMAID_ESCAPES: Readonly<Record<string, string>> = {
  '#': '#35;',
  ':': '#58;',
  ';': '#59;',
  '"': '#34;',
  '%': '#37;',
  '&': '#38;',
  '<': '#60;',
  '>': '#62;',
  '`': '#96;',
  '{': '#123;',
  '}': '#125;',
};

/** A label as Mermaid text: on one line, every character it would misread written as its entity code. */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#:;"%&<>`{}]/g, (c) => MERMAID_ESCAPES[c]);
}

/**
 * A state's name as a Mermaid node id. The console finds a state's node by its name, so the name is
 * used as it is, and one Mermaid would misread (a keyword, or anything but letters, digits and `_`)
 * is an error in the machine's definition.
 */
function mermaidId(machine: AnyStateMachine, name: string): string {
  // Mermaid's lexer ignores case; `default` is a keyword even as the start of a longer word.
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || /^default|^(state|note|class|classdef|scale)$/i.test(name)) {
    throw new Error(`${machine.id}: el estado ${name} no sirve como id de Mermaid`);
  }
  return name;
}

/**
 * A Mermaid `stateDiagram-v2` of the machine, generated from its definition: node ids are the state
 * names (what `Case.state` holds), and states and edges carry their Spanish labels (`eventLabels`,
 * the event's code when it has none). Guards are not drawn: they are code, not Spanish, and an
 * event that may lead to two places is drawn as two edges with the same label.
 */
export function toMermaid(machine: AnyStateMachine, eventLabels: Readonly<Record<string, string>> = {}): string {
  const lines = ['stateDiagram-v2'];
  const states = [...statesOf(machine).values()];
  for (const s of states) lines.push(`  ${mermaidId(machine, s.name)}: ${mermaidText(s.label)}`);
  lines.push(`  [*] --> ${initialStateOf(machine)}`);
  for (const s of states) {
    const edges = new Set<string>();
    for (const t of s.transitions) {
      const label = mermaidText(eventLabels[t.event] ?? t.event);
      // A transition without a target stays in its state (e.g. an evaluator's declaration): a self-loop.
      const targets = t.targets.length ? t.targets : [s.name];
      for (const target of targets) edges.add(`  ${s.name} --> ${target}: ${label}`);
    }
    lines.push(...edges);
    if (s.final) lines.push(`  ${s.name} --> [*]`);
  }
  return lines.join('\n') + '\n';
}
