/**
 * The API benchmark's first baseline, run as its own process by api.bench.ts: a bare Apollo Server
 * on `startStandaloneServer` (Node's http, no framework) answering `{ __typename }`. It is the
 * fastest honest configuration of "an HTTP request that runs a GraphQL operation": anything the
 * real service spends beyond it is ours (framework, auth, resolvers, SQL). PORT and HOST come from
 * the environment; ready once it answers.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
  await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' },
  });
  const stop = () => void server.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
