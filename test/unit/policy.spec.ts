import { getMetadataStorage } from 'type-graphql';

import { buildAppSchema } from '../../src/api/schema';
import { appPolicy } from '../../src/app/compose';
import { Action } from '../../src/core/auth/policy';
import { Role } from '../../src/core/auth/principal';

const can = appPolicy.can.bind(appPolicy);
const authorize = appPolicy.authorize.bind(appPolicy);

describe('policy', () => {
  it('lets every role read the directory and its own identity', () => {
    for (const role of Object.values(Role)) {
      const principal = { subject: 's', role, entityCode: null };
      // A GUEST (signed in, no current role) sees who they are, nothing of the programme.
      expect(can(principal, Action.ReadTerritorialEntities)).toBe(role !== Role.GUEST);
      expect(can(principal, Action.ReadOwnIdentity)).toBe(true);
    }
  });

  it('refuses a missing principal as UNAUTHENTICATED', () => {
    expect(() => authorize(null, Action.ReadOwnIdentity)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('guards every query and mutation with a policy action', () => {
    const schema = buildAppSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((t) => t != null)
      .flatMap((t) => Object.keys(t.getFields()));
    const storage = getMetadataStorage();
    const guarded = new Set(storage.authorizedFields.filter((f) => f.roles.length > 0).map((f) => f.fieldName));
    const resolverNames = new Map(
      [...storage.queries, ...storage.mutations, ...storage.subscriptions].map((q) => [q.schemaName, q.methodName]),
    );
    // node and nodes carry no action of their own: they call the fetched type's own query field,
    // guarded here like any other (test/integration/global-ids.int-spec.ts checks they refuse alike).
    const delegating = new Set(['node', 'nodes']);
    const unguarded = rootFields.filter((name) => !delegating.has(name) && !guarded.has(resolverNames.get(name) ?? name));
    expect(rootFields.length).toBeGreaterThan(0);
    expect(unguarded).toEqual([]);
  });
});
