import { createHmac, timingSafeEqual } from 'node:crypto';

import { toGlobalId } from '../../core/graphql/global-ids';
import { isUuid } from '../../core/text';
import type { Clock } from '../../core/time/clock';

/** Where a document's content is served (the route of document-content.ts). */
export const CONTENT_PATH = '/documents/:id/content';

/** A download link as the API gives it: the URL and the instant it stops working. */
export interface DocumentLink {
  url: string;
  expiresAt: Date;
}

/** What a link's query string claims: the document (raw id), its person and its expiry (unix seconds). */
export interface LinkClaim {
  documentId: string;
  personId: string;
  expires: number;
}

/** Why a link was refused: forged or altered (TAMPERED), or past its expiry (EXPIRED). */
export type LinkVerdict = { ok: true; claim: LinkClaim } | { ok: false; reason: 'TAMPERED' | 'EXPIRED' };

/** Versioned, so a change of what is signed can never make an old signature mean something else. */
const DOMAIN = 'cti-document-link-v1';
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
const EXPIRES = /^\d{1,12}$/;

/**
 * Short-lived download links signed for one person and one document (HMAC-SHA256 with the
 * deployment's DOCUMENT_LINK_SECRET), so a browser can use them as plain links without a token.
 * The signature only proves that the API gave the link to that person for that document until
 * that instant: whether they may still read it is asked again on every download
 * (document-content.ts), so a deactivated person's or a moved official's links stop working at once.
 */
export class DocumentLinks {
  constructor(
    private readonly secret: string,
    /** How long a link is good for (DOCUMENT_LINK_SECONDS). */
    readonly seconds: number,
    private readonly clock: Clock,
    /** The public origin links start with (PUBLIC_URL, else the address this API listens on). */
    private readonly base: () => string,
  ) {}

  /** The signature (base64url) of a claim. */
  sign(claim: LinkClaim): string {
    return createHmac('sha256', this.secret)
      .update(`${DOMAIN}\n${claim.documentId}\n${claim.personId}\n${claim.expires}`)
      .digest('base64url');
  }

  /** A link to the document for the person, good for `seconds` from now. */
  linkFor(documentId: string, personId: string): DocumentLink {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + this.seconds;
    const signature = this.sign({ documentId, personId, expires });
    const query = new URLSearchParams({ p: personId, e: String(expires), s: signature });
    return {
      url: `${this.base()}${CONTENT_PATH.replace(':id', toGlobalId('Document', documentId))}?${query.toString()}`,
      expiresAt: new Date(expires * 1000),
    };
  }

  /**
   * Checks a link's query against the document it names: the signature first, in constant time (an
   * altered person, expiry or document is TAMPERED whatever else it says), then the expiry by the
   * system's clock.
   */
  verify(documentId: string, query: { p?: unknown; e?: unknown; s?: unknown }): LinkVerdict {
    const { p, e, s } = query;
    if (typeof p !== 'string' || typeof e !== 'string' || typeof s !== 'string') return { ok: false, reason: 'TAMPERED' };
    if (!isUuid(p) || !EXPIRES.test(e) || !SIGNATURE.test(s)) return { ok: false, reason: 'TAMPERED' };
    const claim: LinkClaim = { documentId, personId: p, expires: Number(e) };
    // The text is compared, not the decoded bytes: base64url's last character carries unused bits,
    // so a changed character can decode to the same bytes.
    const expected = Buffer.from(this.sign(claim), 'utf8');
    const given = Buffer.from(s, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'TAMPERED' };
    if (claim.expires * 1000 <= this.clock.now().getTime()) return { ok: false, reason: 'EXPIRED' };
    return { ok: true, claim };
  }
}
