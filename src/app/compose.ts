import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

import { PROCESS_IDS, type ProcessId } from '../../workflows/registry';

import type { Config } from '../config/env';
import { Action, Policy, type ActionRule } from '../core/auth/policy';
import type { GlobalIdRules } from '../core/graphql/global-ids';
import type { AppModule, LogEntry, SeedOutcome } from '../core/module';
import { coreEntities } from '../core/orm/core-entities';
import { initOrm, type Orm } from '../core/orm/orm';
import type { OutboxRoute } from '../core/queue/job-deps';
import type { ProcessRules } from '../core/workflow/ports';
import { modules } from './modules';

/*
 * Assembling the modules' declarations into what the system runs: each function checks that the
 * contributions fit together (one rule per action, one module per process and outbox kind), so a
 * module that forgets or repeats one fails at start, and in the tests, not on some request.
 */

/** Every table: core's and each module's. */
export function entitiesOf(list: readonly AppModule[] = modules): EntityClass<unknown>[] {
  return [...coreEntities, ...list.flatMap((m) => m.entities ?? [])];
}

/** The rule of every action of the central list, each from the one module that declares it. */
export function policyOf(list: readonly AppModule[] = modules): Policy {
  const rules: Partial<Record<Action, ActionRule>> = {};
  const owner: Partial<Record<Action, string>> = {};
  for (const m of list) {
    for (const [action, rule] of Object.entries(m.policy ?? {}) as [Action, ActionRule][]) {
      if (owner[action]) throw new Error(`la acción ${action} tiene regla en ${owner[action]} y en ${m.name}`);
      rules[action] = rule;
      owner[action] = m.name;
    }
  }
  const missing = Object.values(Action).filter((a) => !rules[a]);
  if (missing.length) throw new Error(`acciones sin regla en ningún módulo: ${missing.join(', ')}`);
  return new Policy(rules as Record<Action, ActionRule>);
}

/** The policy of the modules of this system. */
export const appPolicy: Policy = policyOf();

/** The modules' global-id rules as one set; a key, input or type declared by two modules is an error. */
export function globalIdRulesOf(list: readonly AppModule[] = modules): GlobalIdRules {
  const rules: GlobalIdRules = { keys: {}, nested: [], naturalKeys: {}, inputs: {}, rootIds: {}, rawIds: [], sameKey: {} };
  for (const m of list) {
    const own = m.globalIds ?? {};
    for (const part of ['keys', 'naturalKeys', 'inputs', 'rootIds', 'sameKey'] as const) {
      for (const [name, value] of Object.entries(own[part] ?? {})) {
        if (name in rules[part]) throw new Error(`la regla de ids globales ${part}.${name} está en dos módulos (una es de ${m.name})`);
        (rules[part] as Record<string, unknown>)[name] = value;
      }
    }
    rules.nested.push(...(own.nested ?? []));
    rules.rawIds.push(...(own.rawIds ?? []));
  }
  return rules;
}

/** Fills `table` with the rules of every process, from the modules that drive them (their services built). */
export function fillProcessRules(
  table: Partial<Record<ProcessId, ProcessRules>>,
  services: Parameters<NonNullable<AppModule['processes']>>[0],
  list: readonly AppModule[] = modules,
): void {
  for (const m of list) {
    for (const [process, rules] of Object.entries(m.processes?.(services) ?? {}) as [ProcessId, ProcessRules][]) {
      if (table[process]) throw new Error(`el proceso ${process} tiene reglas en más de un módulo (${m.name})`);
      table[process] = rules;
    }
  }
  const missing = PROCESS_IDS.filter((p) => !table[p]);
  if (missing.length) throw new Error(`procesos sin reglas en ningún módulo: ${missing.join(', ')}`);
}

/** The relay's route for each outbox kind. */
export function outboxRoutesOf(list: readonly AppModule[] = modules): Record<string, OutboxRoute> {
  const routes: Record<string, OutboxRoute> = {};
  for (const m of list) {
    for (const [kind, route] of Object.entries(m.outbox ?? {})) {
      if (routes[kind]) throw new Error(`el tipo de outbox ${kind} tiene ruta en más de un módulo (${m.name})`);
      routes[kind] = route;
    }
  }
  return routes;
}

/** The cases an evaluator is assigned to, from the module that keeps evaluation panels. */
export function evaluatedCasesOf(list: readonly AppModule[] = modules): (em: EntityManager, evaluator: string) => Promise<string[]> {
  const sources = list.filter((m) => m.evaluatedCases);
  return async (em, evaluator) => (await Promise.all(sources.map((m) => m.evaluatedCases!(em, evaluator)))).flat();
}

/** The ORM of this system: every module's tables. */
export function initAppOrm(config: Config): Promise<Orm> {
  return initOrm(config, entitiesOf());
}

/** Every module's reference data, in list order. */
export async function seedModules(orm: Orm, list: readonly AppModule[] = modules): Promise<SeedOutcome[]> {
  const outcomes: SeedOutcome[] = [];
  for (const m of list) if (m.seed) outcomes.push(await m.seed(orm));
  return outcomes;
}

/** Every module's upgrades of earlier rows, in list order; what they did, to log. */
export async function upgradeModules(orm: Orm, list: readonly AppModule[] = modules): Promise<LogEntry[]> {
  const done: LogEntry[] = [];
  for (const m of list) {
    const entry = await m.upgrade?.(orm);
    if (entry) done.push(entry);
  }
  return done;
}
