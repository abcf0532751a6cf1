import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the sink received it (its DATA read in full). */
export interface ReceivedMail {
  /** The Message-ID without angle brackets; the mailer makes it `<notificationId>.<deliveryId>@…`. */
  messageId: string | null;
  to: string[];
  raw: string;
  receivedAt: number;
  /** When the sink answered 250; unset while held or delayed. */
  acceptedAt?: number;
}

/** What the sink does with one received message before answering the client. */
export type MailDecision =
  /** Answer 250 (accepted), after `delayMs` when given. */
  | { action: 'accept'; delayMs?: number }
  /** Never answer: the client waits until it gives up or dies; the message is not accepted. */
  | { action: 'hold' };

export interface SmtpSink {
  url: string;
  /** Messages answered with 250, in the order they were accepted. */
  accepted: ReceivedMail[];
  /** Messages read and never answered. */
  held: ReceivedMail[];
  /** Errors of client connections (a sender killed mid-message resets its connection). */
  connectionErrors: Error[];
  /** Every message whose DATA was read, whatever became of it. */
  received: ReceivedMail[];
  /** How the next messages are answered (default: accept at once). */
  setPolicy(policy: (mail: ReceivedMail) => MailDecision): void;
  acceptedWithId(messageId: string): ReceivedMail[];
  stop(): Promise<void>;
}

/** The notification id a message carries in its Message-ID (`<notificationId.deliveryId@domain>`, or `<id@domain>`). */
export const notificationIdOf = (mail: ReceivedMail): string | null => mail.messageId?.split('@')[0].split('.')[0] ?? null;

/**
 * A real SMTP server on a free loopback port for the mailer to talk to, no TLS, no authentication.
 * What it does with each message is decided by a policy, so a test can hold a message unanswered
 * (the sender dies mid-send) or answer it late (a graceful stop must wait for it).
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const accepted: ReceivedMail[] = [];
  const held: ReceivedMail[] = [];
  const received: ReceivedMail[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const connectionErrors: Error[] = [];
  let policy: (mail: ReceivedMail) => MailDecision = () => ({ action: 'accept' });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          messageId: /^Message-ID:\s*<([^>]+)>/im.exec(raw)?.[1] ?? null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          receivedAt: Date.now(),
        };
        received.push(mail);
        const decision = policy(mail);
        if (decision.action === 'hold') {
          held.push(mail);
          return;
        }
        const accept = () => {
          mail.acceptedAt = Date.now();
          accepted.push(mail);
          callback(null, 'aceptado');
        };
        if (!decision.delayMs) return accept();
        const timer = setTimeout(() => {
          timers.delete(timer);
          accept();
        }, decision.delayMs);
        timers.add(timer);
      });
    },
  });
  // smtp-server re-emits a client connection's error (ECONNRESET when a sender dies inside a
  // transaction) on the server: without a listener it would be an uncaught exception in the test.
  server.on('error', (err) => connectionErrors.push(err));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    held,
    received,
    connectionErrors,
    setPolicy: (p) => {
      policy = p;
    },
    acceptedWithId: (messageId) => accepted.filter((m) => m.messageId === messageId),
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
