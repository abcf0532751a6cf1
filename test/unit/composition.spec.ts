import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROCESS_IDS, type ProcessId } from '../../workflows/registry';

import { entitiesOf, fillProcessRules, outboxRoutesOf, policyOf } from '../../src/app/compose';
import { modules } from '../../src/app/modules';
import { Action, anyRole } from '../../src/core/auth/policy';
import type { AppServices } from '../../src/core/graphql/context';
import type { AppModule } from '../../src/core/module';
import { projectRoot } from '../../src/core/paths';
import type { ProcessRules } from '../../src/core/workflow/ports';

/** The module list and the checks that its contributions fit together. */
describe('composition of the modules', () => {
  it('lists every folder of src/modules once, each by its descriptor', () => {
    const folders = readdirSync(join(projectRoot(), 'src', 'modules'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(modules.map((m) => m.name).sort()).toEqual(folders);
  });

  it('gives every action of the central list exactly one rule', () => {
    const policy = policyOf();
    for (const action of Object.values(Action)) {
      expect(() => policy.can({ subject: 's', role: 'COORDINATOR' as never, entityCode: null }, action)).not.toThrow();
    }
  });

  it('refuses an action without a rule, naming it', () => {
    const withoutReports = modules.map((m) => (m.name === 'reports' ? { ...m, policy: {} } : m));
    expect(() => policyOf(withoutReports)).toThrow(/reports:request/);
  });

  it('refuses an action ruled by two modules, naming both', () => {
    const intruder: AppModule = { name: 'intruso', policy: { [Action.ReadCases]: anyRole } };
    expect(() => policyOf([...modules, intruder])).toThrow(/cases:read.*cases.*intruso/);
  });

  it('gives every process of the registry its rules from exactly one module', () => {
    const table: Partial<Record<ProcessId, ProcessRules>> = {};
    fillProcessRules(table, {} as AppServices);
    expect(Object.keys(table).sort()).toEqual([...PROCESS_IDS].sort());
    const twice: AppModule = { name: 'otra', processes: () => ({ ACCOMPANIMENT: { senders: {}, mutations: {} } }) };
    expect(() => fillProcessRules({}, {} as AppServices, [...modules, twice])).toThrow(/ACCOMPANIMENT/);
    expect(() =>
      fillProcessRules(
        {},
        {} as AppServices,
        modules.filter((m) => m.name !== 'accompaniment'),
      ),
    ).toThrow(/ACCOMPANIMENT/);
  });

  it('routes every outbox kind the runtime and the modules write, once', () => {
    expect(Object.keys(outboxRoutesOf()).sort()).toEqual([
      'accompaniment.roadmap-delivered',
      'alarm.schedule',
      'cofinancing.promote-waitlist',
      'deadline.schedule',
      'maturity.index-published',
      'notification',
    ]);
    const twice: AppModule = { name: 'otra', outbox: { notification: async () => undefined } };
    expect(() => outboxRoutesOf([...modules, twice])).toThrow(/notification/);
  });

  it('registers each table once', () => {
    const entities = entitiesOf();
    expect(new Set(entities).size).toBe(entities.length);
    // 41 since reviewed follow-up (plan_version, period_report, improvement_action); 51 since
    // accompaniment version 2 (request, session, invitee, commitment, diagnosis, finding, roadmap
    // line, delivery and comment; the alarms of the deadlines module); 52 with adoption's
    // invitations (adoption_invitation); 53 with the open data module's table; 54 with each
    // report's requesters (report_requester).
    expect(entities.length).toBe(54);
  });
});

describe('dependencies between modules', () => {
  /** Which modules each module imports from (`../<module>/…` in its files). */
  function moduleImports(): Map<string, Set<string>> {
    const root = join(projectRoot(), 'src', 'modules');
    const graph = new Map<string, Set<string>>();
    for (const name of modules.map((m) => m.name)) {
      const uses = new Set<string>();
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) walk(path);
          else if (entry.name.endsWith('.ts')) {
            for (const [, other] of readFileSync(path, 'utf8').matchAll(/(?:from|import) '\.\.\/([a-z-]+)\//g))
              if (other !== name) uses.add(other);
          }
        }
      };
      walk(join(root, name));
      graph.set(name, uses);
    }
    return graph;
  }

  it('point one way: no module depends on itself through others', () => {
    const graph = moduleImports();
    const cycles: string[] = [];
    const visit = (name: string, path: string[]) => {
      if (path.includes(name)) return void cycles.push([...path.slice(path.indexOf(name)), name].join(' → '));
      for (const next of graph.get(name) ?? []) visit(next, [...path, name]);
    };
    for (const name of graph.keys()) visit(name, []);
    expect(cycles).toEqual([]);
    // The check can see a dependency at all: the process modules read cases.
    expect(graph.get('cofinancing')).toContain('cases');
  });
});
