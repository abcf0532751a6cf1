import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, type GraphQLObjectType } from 'graphql';

import { MACHINE_VERSIONS, PROCESS_IDS, type ProcessId } from '../../workflows/registry';

import { buildAppSchema } from '../../src/api/schema';
import { fillProcessRules } from '../../src/app/compose';
import type { AppServices } from '../../src/core/graphql/context';
import { projectRoot } from '../../src/core/paths';
import { eventsOf } from '../../src/core/workflow/definition';
import type { ProcessRules } from '../../src/core/workflow/ports';
import { ACCOMPANIMENT_AMENDMENTS } from '../../src/modules/accompaniment/accompaniment.process';

/** `availableEvents { event mutation }` names the mutation to call: every event a person sends has one, and it is that event's. */
describe('the mutation of each event', () => {
  const rules: Partial<Record<ProcessId, ProcessRules>> = {};
  fillProcessRules(rules, {} as AppServices);
  const mutationType = buildAppSchema().getMutationType() as GraphQLObjectType;

  /** Every resolver method's source, by name: a mutation's body shows the event it sends. */
  const methods = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.resolver.ts')) {
        const text = readFileSync(path, 'utf8');
        // A method starts at a line `  name(` and runs to the next decorator or the class's end.
        for (const m of text.matchAll(/^ {2}(?:async )?([a-zA-Z]+)\(([\s\S]*?)(?=^ {2}@|^\})/gm)) methods.set(m[1], m[2]);
      }
    }
  };
  walk(join(projectRoot(), 'src', 'modules'));

  const cases = PROCESS_IDS.flatMap((process) => {
    const versions = MACHINE_VERSIONS.filter((v) => v.process === process);
    const events = [...new Set(versions.flatMap((v) => [...eventsOf(v.machine), ...Object.keys(v.eventLabels)]))];
    // Amendments are labelled for the history but are no machine events: their own test is below.
    const amended: readonly string[] = process === 'ACCOMPANIMENT' ? ACCOMPANIMENT_AMENDMENTS : [];
    return events.filter((event) => !amended.includes(event)).map((event) => [process, event] as const);
  });

  /** Changes recorded without a machine step (`WorkflowRuntime.amend`): their mutation sends no machine event. */
  const amendments: Partial<Record<ProcessId, readonly string[]>> = { ACCOMPANIMENT: ACCOMPANIMENT_AMENDMENTS };

  it.each(ACCOMPANIMENT_AMENDMENTS.map((a) => [a] as const))('ACCOMPANIMENT amendment %s', (amendment) => {
    const { senders, mutations } = rules.ACCOMPANIMENT!;
    expect(senders[amendment]).not.toBe('SYSTEM');
    expect(mutationType.getFields()[mutations[amendment]!]).toBeDefined();
  });

  it.each(cases)('%s %s', (process, event) => {
    const { senders, mutations } = rules[process]!;
    expect(Object.keys(mutations)).toContain(event);
    const mutation = mutations[event];
    if (senders[event] === 'SYSTEM') {
      expect(mutation).toBeNull();
      return;
    }
    expect(mutation).toEqual(expect.any(String));
    const field = mutationType.getFields()[mutation!];
    expect(field).toBeDefined();
    // CaseTransitionPayload, or a payload that adds what the step made to it (a session).
    expect(Object.keys((getNamedType(field.type) as GraphQLObjectType).getFields())).toEqual(
      expect.arrayContaining(['case', 'entry', 'replayed']),
    );
    expect(methods.get(mutation!)).toMatch(new RegExp(`type: '${event}'`));
    // The mutation acts on the process it is listed for.
    expect(methods.get(mutation!)).toMatch(new RegExp(`'${process}'|COFINANCING\\b`));
  });

  it('lists no event the machines do not know', () => {
    for (const process of PROCESS_IDS) {
      const known = new Set([
        ...MACHINE_VERSIONS.filter((v) => v.process === process).flatMap((v) => [...eventsOf(v.machine), ...Object.keys(v.eventLabels)]),
        ...(amendments[process] ?? []),
      ]);
      expect(Object.keys(rules[process]!.mutations).filter((e) => !known.has(e))).toEqual([]);
    }
  });
});
