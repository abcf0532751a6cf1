import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import type { Clock } from '../../core/time/clock';

/** How long a sign-in link is good for: long enough to follow it from the client that asked for it, no more. */
export const LINK_SECONDS = 60;
/** How long a console session lasts from its sign-in (not renewed by use: a new link is asked for after it). */
export const SESSION_SECONDS = 30 * 60;

/** What a pass names: the person it was given to (subject and directory id), and until when. */
export interface PassClaim {
  /** The identity provider's subject. */
  sub: string;
  /** The person in the directory (a subject handed to another person does not carry the pass over). */
  pid: string;
  /** Whether the COORDINATOR role came from an identity-provider claim rather than a directory membership. */
  claim: boolean;
  /** Expiry, unix seconds. */
  exp: number;
  /** A link's one-time nonce (sessions have none). */
  n?: string;
}

export type PassKind = 'link' | 'session';

/** Why a pass was refused: forged or altered (TAMPERED), or past its expiry (EXPIRED). */
export type PassVerdict = { ok: true; claim: PassClaim } | { ok: false; reason: 'TAMPERED' | 'EXPIRED' };

/** Versioned, and per kind: a session can never be presented as a link, nor the other way round. */
const DOMAIN = 'cti-queue-console-v1';
const PASS = /^[A-Za-z0-9_-]{1,700}\.[A-Za-z0-9_-]{43}$/;

/**
 * The console's signed passes (HMAC-SHA256): a sign-in link and a session cookie, both a
 * base64url JSON claim and its signature. The key is derived from DOCUMENT_LINK_SECRET (which every
 * API process of a deployment shares) under a label of its own, so a document link's signature
 * means nothing here. A pass only proves what the API gave to whom until when: whether the person
 * may still use the console is asked of the directory on every request (console-routes.ts).
 */
export class ConsolePasses {
  private readonly key: Buffer;

  constructor(
    linkSecret: string,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', linkSecret).update('queue-console').digest();
  }

  private signature(kind: PassKind, body: string): Buffer {
    return createHmac('sha256', this.key).update(`${DOMAIN}\n${kind}\n${body}`).digest();
  }

  /** A pass of the kind for the person, good for `seconds` from now by the system's clock. */
  issue(kind: PassKind, who: Omit<PassClaim, 'exp' | 'n'>, seconds: number): { pass: string; claim: PassClaim } {
    const claim: PassClaim = {
      sub: who.sub,
      pid: who.pid,
      claim: who.claim,
      exp: Math.floor(this.clock.now().getTime() / 1000) + seconds,
      ...(kind === 'link' ? { n: randomBytes(16).toString('base64url') } : {}),
    };
    const body = Buffer.from(JSON.stringify(claim), 'utf8').toString('base64url');
    return { pass: `${body}.${this.signature(kind, body).toString('base64url')}`, claim };
  }

  /** Checks a pass: its signature first, in constant time (anything altered is TAMPERED), then its expiry. */
  verify(kind: PassKind, pass: unknown): PassVerdict {
    if (typeof pass !== 'string' || !PASS.test(pass)) return { ok: false, reason: 'TAMPERED' };
    const [body, signature] = pass.split('.');
    // The signature's text is compared, not its decoded bytes: base64url's last character carries
    // unused bits, so a changed character can decode to the same bytes (a tampered link accepted).
    const given = Buffer.from(signature, 'utf8');
    const expected = Buffer.from(this.signature(kind, body).toString('base64url'), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'TAMPERED' };
    const claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PassClaim;
    if (claim.exp * 1000 <= this.clock.now().getTime()) return { ok: false, reason: 'EXPIRED' };
    return { ok: true, claim };
  }
}
