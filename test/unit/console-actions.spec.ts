import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';

import { PROCESS_IDS, type ProcessId } from '../../workflows/registry';

import { actionInput, actionRegistry, type ActionForm } from '../../console/src/screens/cases/actions/registry';
import { fillProcessRules } from '../../src/app/compose';
import type { AppServices } from '../../src/core/graphql/context';
import { projectRoot } from '../../src/core/paths';
import type { ProcessRules } from '../../src/core/workflow/ports';

/**
 * The console's action registry (console/src/screens/cases/actions/registry.ts) is static because
 * production turns introspection off: this checks it against the process rules the API serves
 * (`availableEvents.mutation` comes from them) and against the committed schema.
 */
describe("the console's action registry", () => {
  const rules: Partial<Record<ProcessId, ProcessRules>> = {};
  fillProcessRules(rules, {} as AppServices);
  const named = [
    ...new Set(PROCESS_IDS.flatMap((p) => Object.values(rules[p]!.mutations).filter((m): m is string => typeof m === 'string'))),
  ].sort();
  const schema = buildSchema(readFileSync(join(projectRoot(), 'schema', 'schema.graphql'), 'utf8'));
  const mutations = schema.getMutationType()!.getFields();
  const forms = Object.entries(actionRegistry).filter((e): e is [string, ActionForm<never>] => e[1].kind === 'form');

  it('knows every mutation some process names for an event', () => {
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((m) => !(m in actionRegistry))).toEqual([]);
  });

  it('names only mutations of the schema', () => {
    expect(Object.keys(actionRegistry).filter((m) => !mutations[m])).toEqual([]);
  });

  const inputOf = (mutation: string) => {
    const arg = mutations[mutation].args.find((a) => a.name === 'input');
    return getNamedType(arg!.type) as GraphQLInputObjectType;
  };

  it.each(forms.map(([m, e]) => [m, e] as const))(
    '%s: its document calls it, and its fields are fields of its input',
    (mutation, entry) => {
      const operation = entry.document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
      expect(operation.operation).toBe('mutation');
      const field = operation.selectionSet.selections[0];
      expect(field.kind === 'Field' && field.name.value).toBe(mutation);

      const input = inputOf(mutation);
      const inputFields = input.getFields();
      for (const f of entry.fields) {
        expect(f.path).toMatch(/^input\.[A-Za-z]+$/);
        const key = f.path.slice('input.'.length);
        expect({ mutation, path: f.path, exists: key in inputFields }).toEqual({ mutation, path: f.path, exists: true });
        const type: GraphQLInputType = inputFields[key].type;
        const named = getNamedType(type);
        // The kind of control matches what the field takes.
        const expected: Record<string, (t: GraphQLInputType) => boolean> = {
          text: (t) => !isListType(unwrap(t)) && named.name === 'String',
          textarea: (t) => !isListType(unwrap(t)) && named.name === 'String',
          date: () => named.name === 'Date',
          number: () => named.name === 'Int' || named.name === 'Float',
          pesos: () => named.name === 'Pesos',
          checkbox: () => named.name === 'Boolean',
          select: () => isEnumType(named) || named.name === 'String' || named.name === 'ID',
          lines: (t) => isListType(unwrap(t)) && named.name === 'String',
        };
        expect({ path: f.path, kind: f.kind, fits: expected[f.kind](type) }).toEqual({ path: f.path, kind: f.kind, fits: true });
        if (f.kind === 'select' && isEnumType(named)) expect(f.options!.map((o) => o.id).filter((id) => !named.getValue(id))).toEqual([]);
      }
      for (const key of Object.keys(entry.fixed ?? {}))
        expect({ mutation, key, exists: key in inputFields }).toEqual({ mutation, key, exists: true });

      // Every required part of the input is asked for, fixed, or the case's own (id).
      const given = new Set(['caseId', ...entry.fields.map((f) => f.path.slice('input.'.length)), ...Object.keys(entry.fixed ?? {})]);
      const missing = Object.values(inputFields).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined && !given.has(f.name));
      expect(missing.map((f) => f.name)).toEqual([]);
      // The version the person saw and the repetition key are always sent: the input must take them.
      expect(Object.keys(inputFields)).toEqual(expect.arrayContaining(['caseId', 'expectedVersion', 'idempotencyKey']));
    },
  );

  it('builds an input with the case, its version, the key, the fixed parts and the typed values', () => {
    const entry = actionRegistry.assignEvaluators as ActionForm<never>;
    expect(actionInput(entry, { id: 'c1', version: 4 }, { 'input.evaluators': ' a@x \n\n b@x ' }, 'k1')).toEqual({
      caseId: 'c1',
      expectedVersion: 4,
      idempotencyKey: 'k1',
      evaluators: ['a@x', 'b@x'],
    });
    const note = actionRegistry.requestAssessmentChanges as ActionForm<never>;
    // A required text left empty is sent empty: the API says what is wrong, next to the field.
    expect(actionInput(note, { id: 'c1', version: 2 }, {}, 'k2')).toEqual({
      caseId: 'c1',
      expectedVersion: 2,
      idempotencyKey: 'k2',
      comments: [],
      note: '',
    });
    const optional = actionRegistry.deliverRoadmap as ActionForm<never>;
    expect(actionInput(optional, { id: 'c1', version: 2 }, { 'input.note': '  ' }, 'k3')).not.toHaveProperty('note');
  });
});

function unwrap(t: GraphQLInputType): GraphQLInputType {
  return isNonNullType(t) ? t.ofType : t;
}
