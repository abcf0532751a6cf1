import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { executeText } from '../support/http';
import { temporaryDir } from '../support/test-db';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, fillApplication, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/*
 * A Relay project compiles against the committed schema: fragments on Node types, a @refetchable
 * fragment on a nested connection (a call's applications) and a query by node(id:). The refetch
 * query relay-compiler writes then runs against the real service, which answers it for the
 * coordinator and refuses another entity's object (null, as the type's own query does).
 */

const ROOT = join(__dirname, '..', '..');
let app: TestSystem;
let medellin: Actors;
let cali: Actors;
let callId: string;
let applicationCase: string;
let project: string;

const SOURCES: Record<string, string> = {
  'CallApplications.ts': `
import { graphql } from 'relay-runtime';
export const fragment = graphql\`
  fragment CallApplications_call on CofinancingCall
  @refetchable(queryName: "CallApplicationsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    id
    title
    applications(first: $count, after: $cursor) @connection(key: "CallApplications_applications") {
      totalCount
      edges {
        node {
          id
          title
          ...ApplicationRow_application
        }
      }
    }
  }
\`;
`,
  'ApplicationRow.ts': `
import { graphql } from 'relay-runtime';
export const fragment = graphql\`
  fragment ApplicationRow_application on CofinancingApplication {
    id
    totals { id futic total }
    case {
      id
      state
      stateLabel
      version
      availableEvents { event label mutation }
      entity { id code name }
    }
  }
\`;
`,
  'CaseDetail.ts': `
import { graphql } from 'relay-runtime';
export const query = graphql\`
  query CaseDetailQuery($id: ID!) {
    node(id: $id) {
      id
      ... on Case {
        state
        history { id seq eventLabel }
        deadlines { id label status dueAt }
        entity { id name journey { nextStep { code description } } }
      }
    }
  }
\`;
export const refetchable = graphql\`
  fragment CaseDetail_case on Case @refetchable(queryName: "CaseDetailRefetchQuery") {
    id
    state
    version
  }
\`;
`,
};

beforeAll(async () => {
  app = await startTestSystem();
  medellin = await actors(app, '05001');
  cali = await actors(app, '76001');
  const programme = await openProgramme(app, medellin.coordinator);
  callId = programme.callId;
  await validatedAssessment(app, medellin, programme.cycleId);
  const started = await executeText(
    app.url,
    `mutation($input: StartApplicationInput!) { startApplication(input: $input) { case { id } } }`,
    { input: { callId } },
    {
      token: medellin.representative,
    },
  );
  if (started.errors) throw new Error(started.errors[0].message);
  applicationCase = (started.data as unknown as { startApplication: { case: { id: string } } }).startApplication.case.id;
  await fillApplication(app, medellin.member, applicationCase);

  project = temporaryDir('cti-relay-');
  mkdirSync(join(project, 'src', '__generated__'), { recursive: true });
  for (const [file, text] of Object.entries(SOURCES)) writeFileSync(join(project, 'src', file), text);
  writeFileSync(
    join(project, 'relay.config.json'),
    JSON.stringify({
      src: './src',
      schema: join(ROOT, 'schema', 'schema.graphql'),
      language: 'typescript',
      artifactDirectory: './src/__generated__',
    }),
  );
});

afterAll(async () => {
  if (project) rmSync(project, { recursive: true, force: true });
  await app?.stop();
});

function compile(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'relay-compiler', 'cli.js')], { cwd: project, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The text of an operation relay-compiler wrote (its `params.text`). */
function operationText(name: string): string {
  const file = join(project, 'src', '__generated__', `${name}.graphql.ts`);
  const source = readFileSync(file, 'utf8');
  const match = /"text": ("(?:[^"\\]|\\.)*")/.exec(source);
  if (!match) throw new Error(`${name}: sin texto de operación`);
  return JSON.parse(match[1]) as string;
}

it('compiles fragments, a @refetchable fragment on a nested connection and a node query', () => {
  const { status, output } = compile();
  expect({ status, output: status === 0 ? '' : output }).toEqual({ status: 0, output: '' });
  const generated = readdirSync(join(project, 'src', '__generated__')).sort();
  expect(generated).toEqual(
    expect.arrayContaining([
      'ApplicationRow_application.graphql.ts',
      'CallApplicationsPaginationQuery.graphql.ts',
      'CallApplications_call.graphql.ts',
      'CaseDetailQuery.graphql.ts',
      'CaseDetailRefetchQuery.graphql.ts',
      'CaseDetail_case.graphql.ts',
    ]),
  );
  // The refetch query goes through node(id:): the server's Node is what makes it possible.
  expect(operationText('CallApplicationsPaginationQuery')).toMatch(/node\(id: \$id\)/);
});

it('runs the refetch query for the coordinator and answers null to another entity', async () => {
  const { data: call } = await executeText(
    app.url,
    `query($id: ID!) { call(id: $id) { id } }`,
    { id: callId },
    { token: medellin.coordinator },
  );
  const callNodeId = (call as unknown as { call: { id: string } }).call.id;

  const page = await executeText(
    app.url,
    operationText('CallApplicationsPaginationQuery'),
    { id: callNodeId, count: 5 },
    { token: medellin.coordinator },
  );
  expect(page.errors).toBeUndefined();
  const node = (page.data as unknown as { node: { id: string; applications: { edges: { node: { case: { id: string } } }[] } } }).node;
  expect(node.id).toBe(callNodeId);
  expect(node.applications.edges.map((e) => e.node.case.id)).toContain(applicationCase);

  const detail = operationText('CaseDetailRefetchQuery');
  const mine = await executeText(app.url, detail, { id: applicationCase }, { token: medellin.member });
  expect((mine.data as unknown as { node: { id: string } | null }).node?.id).toBe(applicationCase);
  const theirs = await executeText(app.url, detail, { id: applicationCase }, { token: cali.member });
  expect(theirs.errors).toBeUndefined();
  expect((theirs.data as unknown as { node: unknown }).node).toBeNull();

  // Cali's people see the call (it is public) but not Medellín's application in it.
  const theirPage = await executeText(
    app.url,
    operationText('CallApplicationsPaginationQuery'),
    { id: callNodeId, count: 5 },
    { token: cali.member },
  );
  const theirEdges =
    (theirPage.data as unknown as { node: { applications: { edges: { node: { case: { id: string } } }[] } } | null }).node?.applications
      .edges ?? [];
  expect(theirEdges.map((e) => e.node.case.id)).not.toContain(applicationCase);
});
