/**
 * Apollo Client warns about cache data loss only in its development build, which a bundler picks
 * with the "development" export condition: this suite loads that build, as a frontend's dev server would.
 * @jest-environment-options {"customExportConditions": ["development", "node", "require", "default"]}
 */
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { StartAssessmentDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { listening, startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, municipalities, openProgramme, type Actors } from '../support/workflow';

/*
 * A frontend on Apollo Client 4 with a default InMemoryCache (no type policies beyond
 * relayStylePagination for the connection): the coordinator's dashboard, a case detail, a mutation
 * and a subscription load and update the cache without one warning, and no loaded row is lost.
 */

let app: TestSystem;
let coordinator: Actors;
let cycleId: string;
const caseIds: string[] = [];
const sockets: Client[] = [];
const warnings: string[] = [];
const spies: jest.SpyInstance[] = [];

const DASHBOARD = gql`
  query Dashboard($after: String) {
    cases(first: 10, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          entityCode
          process
          state
          stateLabel
          version
          availableEvents {
            event
            label
          }
          entity {
            id
            name
          }
          deadlines {
            id
            label
            status
            dueAt
          }
          history(last: 3) {
            eventLabel
            at
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const DETAIL = gql`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      state
      stateLabel
      version
      entity {
        id
        code
        name
        departmentName
        journey {
          nextStep {
            code
            description
          }
        }
      }
      availableEvents {
        event
        label
        mutation
      }
      deadlines {
        id
        label
        status
        dueAt
      }
      history {
        seq
        event
        eventLabel
        toState
        at
      }
    }
  }
`;

const START_REVIEW = gql`
  mutation StartReview($input: CaseActionInput!) {
    startAssessmentReview(input: $input) {
      case {
        id
        state
        stateLabel
        version
        availableEvents {
          event
          label
          mutation
        }
        history(last: 3) {
          eventLabel
          at
        }
      }
    }
  }
`;

const CHANGES = gql`
  subscription Changes {
    caseChanged {
      seq
      event
      case {
        id
        state
        stateLabel
        version
        availableEvents {
          event
          label
          mutation
        }
      }
    }
  }
`;

function apollo(token: string): ApolloClient {
  const http = new HttpLink({ uri: `${app.url}/graphql`, headers: { authorization: `Bearer ${token}` } });
  const socket = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  sockets.push(socket);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(socket),
    http,
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { cases: relayStylePagination(['filter', 'orderBy']) } } } }),
  });
}

beforeAll(async () => {
  // Apollo reports cache data loss and missing fields through console.warn/error in development.
  for (const level of ['warn', 'error'] as const) {
    spies.push(jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' '))));
  }
  app = await startTestSystem();
  coordinator = await actors(app, '05001');
  ({ cycleId } = await openProgramme(app, coordinator.coordinator));
  // Twenty-four submitted assessments: more than two pages of the dashboard.
  for (const code of await municipalities(app, 24)) {
    const who = await actors(app, code);
    const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: who.member });
    if (started.errors) throw new Error(started.errors[0].message);
    const id = started.data!.startAssessment.case.id;
    await drive(app, who, 'MATURITY_ASSESSMENT', id, 'SUBMIT');
    caseIds.push(id);
  }
});

afterAll(async () => {
  for (const s of sockets) await s.dispose();
  for (const spy of spies) spy.mockRestore();
  await app?.stop();
});

const rowsOf = (client: ApolloClient): string[] =>
  (client.readQuery({ query: DASHBOARD }) as { cases: { edges: { node: { id: string } }[] } } | null)?.cases.edges.map((e) => e.node.id) ??
  [];

it('loads the dashboard, a case detail, a mutation and a subscription with no cache warning and no lost row', async () => {
  const client = apollo(coordinator.coordinator);

  // Dashboard: two pages, merged by relayStylePagination.
  const first = await client.query({ query: DASHBOARD });
  const firstData = first.data as { cases: { pageInfo: { endCursor: string } } };
  await client.query({ query: DASHBOARD, variables: { after: firstData.cases.pageInfo.endCursor } });
  const watched: string[][] = [];
  const watch = client.watchQuery({ query: DASHBOARD, fetchPolicy: 'cache-only' }).subscribe({
    next: (result) => {
      const data = result.data as { cases?: { edges: { node: { id: string } }[] } } | undefined;
      if (data?.cases) watched.push(data.cases.edges.map((e) => e.node.id));
    },
  });
  const loaded = rowsOf(client);
  expect(loaded.length).toBeGreaterThanOrEqual(10);

  // Case detail of one row: the entity, deadlines and history come with other fields than the dashboard's.
  const target = caseIds[0];
  const detail = await client.query({ query: DETAIL, variables: { id: target } });
  const detailCase = (detail.data as { case: { state: string; availableEvents: { event: string; mutation: string }[] } }).case;
  expect(detailCase.state).toBe('submitted');
  expect(detailCase.availableEvents).toContainEqual(expect.objectContaining({ event: 'START_REVIEW', mutation: 'startAssessmentReview' }));

  // A subscription: the changed case arrives as an object and lands in the cache.
  const events = app.system.api.services.caseFeed;
  const before = events.listenerCount();
  const received: unknown[] = [];
  const subscription = client.subscribe({ query: CHANGES }).subscribe({ next: (value) => received.push(value.data) });
  await listening(events, before, 1);

  // A mutation the coordinator would make from the detail screen.
  const version = (client.readQuery({ query: DETAIL, variables: { id: target } }) as { case: { version: number } }).case.version;
  await client.mutate({ mutation: START_REVIEW, variables: { input: { caseId: target, expectedVersion: version } } });

  for (let i = 0; i < 200 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
  expect(received).toHaveLength(1);
  subscription.unsubscribe();

  // The dashboard still has every row it had, and the changed row shows the new state from the cache.
  expect(rowsOf(client)).toEqual(loaded);
  const row = client.cache.readFragment({
    id: client.cache.identify({ __typename: 'Case', id: target }),
    fragment: gql`
      fragment Row on Case {
        state
        version
        entity {
          name
        }
      }
    `,
  }) as { state: string; version: number; entity: { name: string } };
  expect(row.state).toBe('underReview');
  expect(row.version).toBe(version + 1);
  expect(row.entity.name).toBeTruthy();
  // And the detail query is still complete in the cache (nothing it loaded was replaced away).
  const again = client.readQuery({ query: DETAIL, variables: { id: target } }) as { case: { state: string } } | null;
  expect(again?.case.state).toBe('underReview');
  for (const ids of watched) expect(ids).toEqual(loaded);
  watch.unsubscribe();

  expect(warnings).toEqual([]);
});

it('would have seen a warning: the development build is loaded and the console is captured', () => {
  // The same kind of write the server's ids prevent: an object without id replaced by one with other fields.
  const cache = new InMemoryCache();
  const query = (fields: string) => gql`query Probe { probe { __typename id entity { __typename ${fields} } } }`;
  const before = warnings.length;
  cache.writeQuery({
    query: query('name code'),
    data: { probe: { __typename: 'Probe', id: '1', entity: { __typename: 'Thing', name: 'x', code: 'y' } } },
  });
  cache.writeQuery({ query: query('kind'), data: { probe: { __typename: 'Probe', id: '1', entity: { __typename: 'Thing', kind: 'z' } } } });
  expect(warnings.slice(before).some((w) => /Cache data may be lost/.test(w))).toBe(true);
});
