import { useSyncExternalStore } from 'react';

import { settings } from '../config';

/**
 * The signed-in person's access token, kept in sessionStorage (this tab only, gone when it closes).
 * Demo tokens come from the embedded default's sign-in (/demo/sign-in); OpenID Connect tokens
 * from the deployment's provider, renewed with the refresh token (./oidc.ts, loaded on demand).
 */
export interface Session {
  kind: 'demo' | 'oidc';
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  /** The demo person's subject (to renew a demo session). */
  subject?: string;
}

const KEY = 'cti.session';
/** Renew this long before expiry, so no request leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 60_000;

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Session) : null;
    if (!parsed || typeof parsed.accessToken !== 'string') return null;
    // An OpenID Connect session outlives its access token: the refresh token (kept by ./oidc.ts)
    // renews it on the first request, so a reload after a pause does not send the person to /entrar.
    return parsed.kind === 'oidc' || parsed.expiresAt > Date.now() ? parsed : null;
  } catch {
    return null;
  }
}

let current: Session | null = load();
const listeners = new Set<() => void>();

export function setSession(next: Session | null): void {
  current = next;
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export const getSession = () => current;

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    () => current,
  );
}

let renewing: Promise<Session | null> | null = null;

async function renew(session: Session): Promise<Session | null> {
  if (session.kind === 'demo' && session.subject) return demoSignIn(session.subject);
  if (session.kind === 'oidc') return (await import('./oidc')).renewOidc();
  return null;
}

/**
 * The token to send now: renewed first when it lapses within a minute (one renewal at a time);
 * null when there is no session or it could not be renewed (the person signs in again).
 */
export async function accessToken(): Promise<string | null> {
  const session = current;
  if (!session) return null;
  if (session.expiresAt - Date.now() > RENEW_BEFORE_MS) return session.accessToken;
  renewing ??= renew(session)
    .catch(() => null)
    .finally(() => (renewing = null));
  const renewed = await renewing;
  if (!renewed) setSession(null);
  return renewed?.accessToken ?? null;
}

export interface DemoPerson {
  subject: string;
  name: string;
  role: string;
  roleLabel: string;
  entityCode: string | null;
  entityName?: string | null;
}

/** Signs in as one of the embedded default's demo people (refused by a production server). */
export async function demoSignIn(subject: string): Promise<Session> {
  const response = await fetch('/demo/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ subject }),
  });
  const body = (await response.json().catch(() => ({}))) as { accessToken?: string; expiresAt?: string | number; error?: string };
  if (!response.ok || !body.accessToken) throw new Error(body.error ?? `No fue posible entrar (HTTP ${response.status}).`);
  const expiresAt = typeof body.expiresAt === 'number' ? body.expiresAt : Date.parse(String(body.expiresAt));
  const session: Session = { kind: 'demo', accessToken: body.accessToken, expiresAt, subject };
  setSession(session);
  return session;
}

export async function demoPeople(): Promise<DemoPerson[]> {
  const response = await fetch('/demo/sign-in', { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => ({}))) as { people?: DemoPerson[]; error?: string };
  if (!response.ok || !body.people)
    throw new Error(body.error ?? `La lista de personas de demostración no está disponible (HTTP ${response.status}).`);
  return body.people;
}

/** Ends the session: a demo one here; an OpenID Connect one at the provider too (it redirects). */
export async function signOut(): Promise<void> {
  const session = current;
  setSession(null);
  if (session?.kind === 'oidc' && settings.signIn.kind === 'oidc') {
    await (await import('./oidc')).signOutOidc();
    return;
  }
  window.location.assign('/entrar');
}
