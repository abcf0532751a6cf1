import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it, with its headers and text body decoded. */
export interface CapturedMail {
  /** Envelope recipients (RCPT TO). */
  rcptTo: string[];
  headers: Record<string, string>;
  to: string;
  subject: string;
  messageId: string;
  text: string;
  raw: string;
}

export interface MailCapture {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  messages: CapturedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on a free local port that keeps every message it is given. */
export async function startMailCapture(): Promise<MailCapture> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({ ...parseMail(raw), rcptTo: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  // smtp-server re-emits a client connection's error (a reset inside a transaction) on the
  // server; the sender sees its own failure, so here it is only kept from becoming uncaught.
  const connectionErrors: Error[] = [];
  server.on('error', (err) => connectionErrors.push(err));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** RFC 2047 encoded words (=?utf-8?Q?...?= and =?utf-8?B?...?=), as nodemailer writes non-ASCII headers. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return new TextDecoder(charset.toLowerCase()).decode(bytes);
    });
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(soft.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Headers and text of a single-part message (what the mailer sends: text only). */
export function parseMail(raw: string): Omit<CapturedMail, 'rcptTo'> {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return {
    headers,
    to: headers.to ?? '',
    subject: headers.subject ?? '',
    messageId: headers['message-id'] ?? '',
    text: text.replace(/\r\n/g, '\n'),
    raw,
  };
}

/**
 * The Message-ID the mailer gives a message: a notification's copy for one recipient is
 * `<notificationId.deliveryId@…>`; a mail with a single id of its own (a digest, an invitation, a
 * notification written before deliveries existed) is `<id@…>`.
 */
export const messageIdOf = (id: string, deliveryId?: string) =>
  `<${deliveryId ? `${id}.${deliveryId}` : id}@ciudadesinteligentes.mintic.gov.co>`;

/** The notification a captured message is a copy of (the uuid its Message-ID starts with), or null. */
export const notificationOfMessageId = (messageId: string): string | null =>
  /^<([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[.@]/i.exec(messageId)?.[1] ?? null;

/** The first message to `address` among those captured after the `after`-th, once it has arrived. */
export async function mailFor(capture: MailCapture, address: string, after = 0, timeoutMs = 20_000): Promise<CapturedMail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = capture.messages.slice(after).find((m) => m.rcptTo.includes(address));
    if (found) return found;
    if (Date.now() > until) throw new Error(`no llegó correo a ${address}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
