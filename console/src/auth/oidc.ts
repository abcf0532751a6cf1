import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

import { settings } from '../config';
import { setSession, type Session } from './session';

/**
 * OpenID Connect sign-in (authorization code with PKCE, a public client), loaded only when the
 * deployment uses it. Renewal uses the refresh token (rotated by the provider), never a hidden
 * iframe, which this page's frame policy would refuse.
 */
let manager: UserManager | undefined;

function userManager(): UserManager {
  if (settings.signIn.kind !== 'oidc') throw new Error('Este servidor no usa OpenID Connect.');
  const { authority, clientId, scope, resource } = settings.signIn;
  manager ??= new UserManager({
    authority,
    client_id: clientId,
    redirect_uri: `${window.location.origin}/entrar/callback`,
    post_logout_redirect_uri: `${window.location.origin}/entrar`,
    response_type: 'code',
    scope,
    // The access token must be for this API (JWT_AUDIENCE): resource indicators (RFC 8707).
    ...(resource ? { extraQueryParams: { resource }, extraTokenParams: { resource } } : {}),
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  return manager;
}

function toSession(user: User): Session {
  return { kind: 'oidc', accessToken: user.access_token, expiresAt: (user.expires_at ?? 0) * 1000 };
}

/** Goes to the provider's sign-in page; `returnTo` is where the console opens afterwards. */
export async function startOidcSignIn(returnTo: string): Promise<void> {
  await userManager().signinRedirect({ state: { returnTo } });
}

/** On /entrar/callback: exchanges the code for tokens; gives the path to open. */
export async function completeOidcSignIn(): Promise<string> {
  const user = await userManager().signinRedirectCallback();
  setSession(toSession(user));
  const state = user.state as { returnTo?: string } | undefined;
  return state?.returnTo && state.returnTo.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : '/';
}

/**
 * A new access token from the refresh token; null without one (signinSilent would then try a hidden
 * iframe, which the page's CSP refuses) or when the provider refuses it (session ended, token
 * revoked or expired): the person signs in again.
 */
export async function renewOidc(): Promise<Session | null> {
  const mgr = userManager();
  if (!(await mgr.getUser())?.refresh_token) return null;
  const user = await mgr.signinSilent().catch(async (err: unknown) => {
    await mgr.removeUser();
    throw err;
  });
  if (!user) return null;
  const session = toSession(user);
  setSession(session);
  return session;
}

/** Ends the session at the provider too (RP-initiated logout), which brings the person back to /entrar. */
export async function signOutOidc(): Promise<void> {
  const mgr = userManager();
  const user = await mgr.getUser();
  await mgr.removeUser();
  await mgr.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : {});
}
