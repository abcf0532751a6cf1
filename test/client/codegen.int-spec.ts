import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import ts from 'typescript';
import { parse as parseYaml, stringify as toYaml } from 'yaml';

import { execute, executeText } from '../support/http';
import { temporaryDir } from '../support/test-db';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, openProgramme, type Actors } from '../support/workflow';

/*
 * A frontend project generates its types with GraphQL Code Generator's client-preset, with the
 * scalar mapping docs/api/client-types.md documents (read from that page, so the page cannot
 * drift from what is tested) and `strictScalars`. A small typed client — a coordinator's
 * dashboard, a case detail built from fragments, a mutation — must type-check with no diagnostic,
 * no scalar may come out as `unknown` or `any`, and the generated documents, run against the real
 * service, must answer every custom scalar in the shape its mapping promises.
 */

const ROOT = join(__dirname, '..', '..');
const SCHEMA_FILE = join(ROOT, 'schema', 'schema.graphql');
const DOC_PAGE = join(ROOT, 'docs', 'api', 'client-types.md');

/** The client's source: its operations (codegen reads them from here) and typed code using their results. */
const CLIENT = `
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

import { graphql, useFragment, type FragmentType } from './gql';
import type { CaseEvent, CaseState, JourneyStepCode } from './gql/graphql';

export const CaseHeaderFragment = graphql(\`
  fragment CaseHeader on Case {
    id
    process
    state
    stateLabel
    version
    updatedAt
    outcome
    availableEvents {
      event
      label
      mutation
    }
  }
\`);

export const HistoryRowFragment = graphql(\`
  fragment HistoryRow on CaseHistoryEntry {
    seq
    event
    eventLabel
    fromState
    toState
    actorRole
    at
    payload
  }
\`);

export const DashboardCasesQuery = graphql(\`
  query DashboardCases($first: Int!, $filter: CaseFilter) {
    cases(first: $first, filter: $filter, orderBy: UPDATED_AT_DESC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CaseHeader
          entity {
            code
            name
          }
        }
      }
    }
    calls(first: 10) {
      edges {
        node {
          id
          title
          status
          opensAt
          closesAt
          totalBudget
          capPerApplication
          remaining
        }
      }
    }
  }
\`);

export const CaseDetailQuery = graphql(\`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseHeader
      createdAt
      history {
        ...HistoryRow
      }
      deadlines {
        kind
        status
        calendar
        dueAt
      }
      entity {
        code
        journey {
          nextStep {
            code
            description
          }
        }
      }
    }
  }
\`);

export const ImportPlanMutation = graphql(\`
  mutation ImportPlan($input: ImportActionPlanInput!, $cut: Date) {
    importActionPlan(input: $input) {
      id
      title
      createdAt
      periods {
        key
        start
        end
      }
      measurement(cut: $cut) {
        cut
        progress
      }
      reportSchedule {
        period
        start
        end
        dueOn
        status
        submittedOn
      }
    }
  }
\`);

/** What a frontend's fetch wrapper does: a typed document in, its typed result out. */
export async function request<R, V>(url: string, token: string, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await fetch(\`\${url}/graphql\`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: \`Bearer \${token}\` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? 'sin datos');
  return body.data;
}

// ---- The compiler checks what each scalar and enum became (Equal is exact: any and unknown fail it).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(): T | undefined => undefined;

type Header = ResultOf<typeof CaseHeaderFragment>;
type History = ResultOf<typeof HistoryRowFragment>;
type Dashboard = ResultOf<typeof DashboardCasesQuery>;
type Plan = ResultOf<typeof ImportPlanMutation>['importActionPlan'];
type Detail = NonNullable<ResultOf<typeof CaseDetailQuery>['case']>;

check<Equal<Header['updatedAt'], string>>();
check<Equal<Header['state'], CaseState>>();
check<Equal<Header['availableEvents'][number]['event'], CaseEvent>>();
check<Equal<Header['availableEvents'][number]['mutation'], string>>();
check<Equal<History['payload'], Record<string, unknown>>>();
check<Equal<History['at'], string>>();
check<Equal<Dashboard['calls']['edges'][number]['node']['totalBudget'], number>>();
check<Equal<Plan['periods'][number]['start'], string>>();
check<Equal<Plan['measurement']['cut'], string>>();
check<Equal<Detail['createdAt'], string>>();
check<Equal<NonNullable<NonNullable<Detail['entity']>['journey']>['nextStep']['code'], JourneyStepCode>>();
check<Equal<NonNullable<VariablesOf<typeof ImportPlanMutation>['cut']>, string>>();

// @ts-expect-error a state outside the enum does not compile
export const wrongState: VariablesOf<typeof DashboardCasesQuery> = { first: 1, filter: { state: 'borrador' } };
// @ts-expect-error an amount in pesos is a number, never a string
export const wrongPesos: string = ({} as Dashboard).calls.edges[0].node.totalBudget;

/** A coordinator's dashboard: each case with what may be done next and the mutation that does it. */
export async function dashboard(url: string, token: string) {
  const data = await request(url, token, DashboardCasesQuery, { first: 20, filter: { process: 'MATURITY_ASSESSMENT', state: 'draft' } });
  const budget: number = data.calls.edges.reduce((sum, { node: call }) => sum + call.remaining, 0);
  const rows = data.cases.edges.map((edge) => {
    const kase = useFragment(CaseHeaderFragment, edge.node);
    const changed: Date = new Date(kase.updatedAt);
    const actions: string[] = kase.availableEvents.map((option) => \`\${option.label}: \${option.mutation}\`);
    return { id: kase.id, state: kase.state, changed, actions, entity: edge.node.entity.name };
  });
  return { rows, budget, more: data.cases.pageInfo.hasNextPage };
}

/** The history of a case as rows: who did what, when, with which data. */
export function historyRows(entries: FragmentType<typeof HistoryRowFragment>[]) {
  return entries.map((entry) => {
    const row = useFragment(HistoryRowFragment, entry);
    const fields: string[] = Object.keys(row.payload);
    const from: CaseState | null | undefined = row.fromState;
    return { seq: row.seq, event: row.event, from, to: row.toState, at: new Date(row.at), fields };
  });
}

export async function caseDetail(url: string, token: string, id: string) {
  const data = await request(url, token, CaseDetailQuery, { id });
  if (!data.case) return null;
  return { header: useFragment(CaseHeaderFragment, data.case), history: historyRows(data.case.history) };
}

/** A mutation whose input and output carry dates. */
export async function importPlan(url: string, token: string, content: string) {
  const data = await request(url, token, ImportPlanMutation, {
    input: { title: 'Plan de la estrategia CTI', startYear: 2024, endYear: 2025, periodicity: 'ANNUAL', format: 'CSV', content },
    cut: '2024-06-30',
  });
  const first: string = data.importActionPlan.periods[0].start;
  return { id: data.importActionPlan.id, first, progress: data.importActionPlan.measurement.progress };
}
`;

const PLAN_CSV = [
  'objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_2024,meta_2025',
  'O1,1.1,Trámites en línea,Trámites realizados en línea,100,Suma,100,100',
].join('\n');

/** The ```yaml block of the documentation page that shows a client project's codegen.yml. */
function documentedConfig(): { scalars: Record<string, string>; output: Record<string, unknown> } {
  const page = readFileSync(DOC_PAGE, 'utf8');
  const block = /```yaml\n(# codegen\.yml\n[\s\S]*?)```/.exec(page);
  if (!block) throw new Error(`${DOC_PAGE} no muestra el bloque codegen.yml`);
  const config = parseYaml(block[1]) as { generates: Record<string, { config: { scalars: Record<string, string> } }> };
  const [output] = Object.values(config.generates);
  return { scalars: output.config.scalars, output };
}

let project: string;
let generated: string;

function compile(): ts.Program {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    esModuleInterop: true,
    noUnusedLocals: false,
  };
  return ts.createProgram([join(project, 'src', 'client.ts')], options);
}

beforeAll(async () => {
  project = temporaryDir('cti-codegen-');
  mkdirSync(join(project, 'src'), { recursive: true });
  // The client resolves `graphql` and `@graphql-typed-document-node/core` as a project would: from its node_modules.
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  writeFileSync(join(project, 'src', 'client.ts'), CLIENT);
  generated = join(project, 'src', 'gql');

  // The documented codegen.yml, pointed at the committed schema and this project's files.
  const { output } = documentedConfig();
  const config = {
    schema: SCHEMA_FILE,
    documents: [join(project, 'src', '**', '*.ts'), `!${join(generated, '**')}`],
    generates: { [`${generated}/`]: output },
    silent: true,
  };
  writeFileSync(join(project, 'codegen.yml'), toYaml(config));
  // @graphql-codegen/cli's `generate`, in a Node process of its own: Jest's module loader cannot load
  // its ES-module dependencies (yargs), Node 20.19+ can.
  writeFileSync(
    join(project, 'generate.cjs'),
    [
      "const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');",
      'loadCodegenConfig({ configFilePath: process.argv[2] })',
      '  .then(({ config }) => generate({ ...config, cwd: process.argv[3] }, true))',
      '  .then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });',
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, [join(project, 'generate.cjs'), join(project, 'codegen.yml'), project], {
    cwd: project,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`codegen falló:\n${run.stdout}${run.stderr}`);
}, 120_000);

describe('GraphQL Code Generator client-preset with strictScalars', () => {
  it('maps every custom scalar of the schema (strictScalars would stop on one left out)', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const custom = Object.values(schema.getTypeMap())
      .filter((t) => isScalarType(t) && !isSpecifiedScalarType(t))
      .map((t) => t.name)
      .sort();
    expect(Object.keys(documentedConfig().scalars).sort()).toEqual(custom);
  });

  it('generates a typed client that compiles with no diagnostic', () => {
    const program = compile();
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
      const file = d.file ? d.file.fileName.replace(project, '') : '';
      return `${file}${where ? `:${where.line + 1}:${where.character + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  });

  it('types no field, variable or scalar as unknown or any', () => {
    const program = compile();
    const checker = program.getTypeChecker();
    const file = program.getSourceFile(join(generated, 'graphql.ts'));
    if (!file) throw new Error('codegen no escribió gql/graphql.ts');
    // client-preset writes each scalar inline where it is used: walk every exported type down to its leaves.
    const loose: string[] = [];
    const leaves = new Map<string, string[]>();
    const seen = new Set<ts.Type>();
    const visit = (type: ts.Type, path: string, at: ts.Node): void => {
      if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return void loose.push(`${path}: ${checker.typeToString(type)}`);
      if (type.isUnion() || type.isIntersection()) return type.types.forEach((t) => visit(t, path, at));
      if (checker.isArrayType(type)) return visit(checker.getTypeArguments(type as ts.TypeReference)[0], `${path}[]`, at);
      if (!(type.flags & ts.TypeFlags.Object)) return void leaves.set(path, [...(leaves.get(path) ?? []), checker.typeToString(type)]);
      if (seen.has(type)) return;
      seen.add(type);
      for (const property of type.getProperties()) visit(checker.getTypeOfSymbolAtLocation(property, at), `${path}.${property.name}`, at);
    };
    for (const statement of file.statements) {
      const exported = ts.isTypeAliasDeclaration(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (exported && !statement.typeParameters) visit(checker.getTypeAtLocation(statement.name), statement.name.text, statement);
    }
    expect(loose).toEqual([]);
    // The walk reached the scalars: a few leaves, as the mapping says.
    expect(leaves.get('DashboardCasesQuery.calls.edges[].node.totalBudget')).toEqual(['number']);
    expect(leaves.get('CaseHeaderFragment.updatedAt')).toEqual(['string']);
    expect(leaves.get('ImportPlanMutation.importActionPlan.periods[].start')).toEqual(['string']);
    expect(leaves.get('ImportPlanMutationVariables.cut')).toEqual(expect.arrayContaining(['string']));
  });
});

describe('the mapping matches the wire', () => {
  let app: TestSystem;
  let medellin: Actors;
  let schema: GraphQLSchema;
  let documents: Record<string, TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>>;

  beforeAll(async () => {
    schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    // The documents codegen wrote, as the client would import them.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- generated at run time, outside the project
    documents = require(join(generated, 'graphql.ts'));
    app = await startTestSystem();
    medellin = await actors(app, '05001');
    const { cycleId } = await openProgramme(app, medellin.coordinator);
    const started = await executeText(
      app.url,
      `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`,
      { input: { cycleId } },
      { token: medellin.member },
    );
    if (started.errors) throw new Error(started.errors[0].message);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  /** What a value of each TypeScript type of the mapping is at run time. */
  const RUNTIME: Record<string, (value: unknown) => boolean> = {
    number: (v) => typeof v === 'number',
    string: (v) => typeof v === 'string',
    'Record<string, unknown>': (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  };
  /** And the format each scalar's `@specifiedBy` promises. */
  const FORMAT: Record<string, (value: unknown) => boolean> = {
    Pesos: (v) => Number.isSafeInteger(v),
    DateTimeISO: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v),
    Date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
    JSONObject: () => true,
  };

  /** Every custom-scalar value of a response, found by walking the operation's selections over the schema. */
  function scalarValues(document: DocumentNode, data: unknown): { scalar: string; path: string; value: unknown }[] {
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('documento sin operación');
    const root = operation.operation === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
    const found: { scalar: string; path: string; value: unknown }[] = [];
    const walk = (typeName: string, selections: SelectionSetNode, value: Record<string, unknown>, path: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return;
      for (const selection of selections.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) walk(typeName, fragments.get(selection.name.value)!.selectionSet, value, path);
        else if (selection.kind === Kind.INLINE_FRAGMENT)
          walk(selection.typeCondition?.name.value ?? typeName, selection.selectionSet, value, path);
        else {
          const key = selection.alias?.value ?? selection.name.value;
          const field = type.getFields()[selection.name.value];
          if (field) visit(field.type, value[key], `${path}.${key}`, selection.selectionSet);
        }
      }
    };
    const visit = (type: GraphQLOutputType, value: unknown, path: string, selections: SelectionSetNode | undefined): void => {
      if (value === null || value === undefined) return;
      if (isNonNullType(type)) return visit(type.ofType, value, path, selections);
      if (isListType(type)) return (value as unknown[]).forEach((item, i) => visit(type.ofType, item, `${path}[${i}]`, selections));
      const named = getNamedType(type);
      if (isScalarType(named) && !isSpecifiedScalarType(named)) found.push({ scalar: named.name, path, value });
      else if (isCompositeType(named) && selections) walk(named.name, selections, value as Record<string, unknown>, path);
    };
    walk(root.name, operation.selectionSet, data as Record<string, unknown>, '');
    return found;
  }

  it('answers every custom scalar of the generated operations in the shape of its mapping', async () => {
    const { scalars } = documentedConfig();
    const dashboard = await execute(
      app.url,
      documents.DashboardCasesDocument,
      { first: 20, filter: { process: 'MATURITY_ASSESSMENT', state: 'draft' } },
      { token: medellin.coordinator },
    );
    expect(dashboard.errors).toBeUndefined();
    const edges = (dashboard.data as { cases: { edges: { node: { id: string } }[] } }).cases.edges;
    expect(edges).toHaveLength(1);
    const detail = await execute(app.url, documents.CaseDetailDocument, { id: edges[0].node.id }, { token: medellin.coordinator });
    expect(detail.errors).toBeUndefined();
    const plan = await execute(
      app.url,
      documents.ImportPlanDocument,
      {
        input: {
          title: 'Plan de la estrategia CTI',
          startYear: 2024,
          endYear: 2025,
          periodicity: 'ANNUAL',
          format: 'CSV',
          content: PLAN_CSV,
        },
        cut: '2024-06-30',
      },
      // Plans are imported by those who answer for them: the representative or the TIC leader.
      { token: medellin.representative },
    );
    expect(plan.errors).toBeUndefined();

    const values = [
      ...scalarValues(documents.DashboardCasesDocument, dashboard.data),
      ...scalarValues(documents.CaseDetailDocument, detail.data),
      ...scalarValues(documents.ImportPlanDocument, plan.data),
    ];
    // Every custom scalar was on the wire at least once.
    expect([...new Set(values.map((v) => v.scalar))].sort()).toEqual(Object.keys(scalars).sort());
    const wrong = values.filter((v) => !RUNTIME[scalars[v.scalar]]?.(v.value) || !FORMAT[v.scalar](v.value));
    expect(wrong).toEqual([]);
    // And a few values a frontend relies on.
    expect((plan.data as { importActionPlan: { periods: { start: string }[] } }).importActionPlan.periods[0].start).toBe('2024-01-01');
    expect((detail.data as { case: { history: { event: string; payload: unknown }[] } }).case.history[0]).toMatchObject({
      event: 'CREATED',
      payload: {},
    });
  });
});
