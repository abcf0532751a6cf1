import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

import { accessToken } from './auth/session';

const endpoint = '/graphql';

/**
 * One client per tab: queries and mutations over HTTP, subscriptions over graphql-ws at the same
 * address, both with the session's bearer token (renewed before it lapses). A default
 * InMemoryCache keyed by the API's global ids; lists are Relay connections merged page by page.
 */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink(async (prevContext) => {
    const token = await accessToken();
    return {
      headers: { ...(prevContext.headers as Record<string, string> | undefined), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });
  const http = new HttpLink({ uri: endpoint });
  const ws = new GraphQLWsLink(
    createClient({
      url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${endpoint}`,
      lazy: true,
      // A new connection (after a drop or a renewed token) sends the current token.
      connectionParams: async () => {
        const token = await accessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    ws,
    auth.concat(http),
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            cases: relayStylePagination(['filter', 'orderBy']),
            notifications: relayStylePagination(['filter', 'unreadOnly']),
            reports: relayStylePagination(),
            invitations: relayStylePagination(['filter']),
            people: relayStylePagination(['filter']),
            calls: relayStylePagination(['filter']),
            cycles: relayStylePagination(),
            territorialEntities: relayStylePagination(['filter']),
            adoptionPending: relayStylePagination(['filter']),
          },
        },
      },
    }),
  });
}
