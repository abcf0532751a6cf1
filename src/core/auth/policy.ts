import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import { type Principal, Role } from './principal';

/**
 * Every action the API exposes, and who may take it. This is the one module that decides
 * access; resolvers name an action with @Authorized(action), services call `authorize`.
 */
export const Action = {
  /** The directory of territorial entities (DIVIPOLA codes, names, places) is public to every role. */
  ReadTerritorialEntities: 'territorialEntities:read',
  /** Anyone signed in can see who they are. */
  ReadOwnIdentity: 'me:read',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

const ALL_ROLES = Object.values(Role);

const rules: Record<Action, (principal: Principal) => boolean> = {
  [Action.ReadTerritorialEntities]: (p) => ALL_ROLES.includes(p.role),
  [Action.ReadOwnIdentity]: (p) => ALL_ROLES.includes(p.role),
};

export function can(principal: Principal, action: Action): boolean {
  return rules[action](principal);
}

export function authorize(principal: Principal | null, action: Action): Principal {
  if (!principal) throw new UnauthenticatedError();
  if (!can(principal, action)) throw new ForbiddenError();
  return principal;
}

export const authChecker: AuthChecker<GraphQLContext, Action> = ({ context }, actions) => {
  for (const action of actions) authorize(context.principal, action);
  return true;
};
