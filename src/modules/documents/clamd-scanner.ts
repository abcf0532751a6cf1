import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';

import type { ScanVerdict, VirusScanner } from './virus-scanner';

/** Where clamd listens: its local (unix) socket, or TCP. */
export type ClamdAddress = { socket: string } | { host: string; port: number };

/**
 * How long clamd may stay silent (no byte read or written) before the scan is given up. Shorter
 * than the reconciler's quarantine repair age (DOCUMENT_QUARANTINE_REPAIR_SECONDS, 120 s by
 * default), so a document is never checked again while its first check may still be waiting.
 */
export const CLAMD_IDLE_TIMEOUT_MS = 30_000;

/** clamd reads INSTREAM in chunks, each prefixed by its length; 64 kB keeps each one well under its limits. */
const CHUNK_BYTES = 64 * 1024;

/** clamd could not give a verdict: unreachable, silent, closed early, or it answered with an error. */
export class ClamdError extends Error {}

/**
 * The antivirus over ClamAV's clamd, with its INSTREAM protocol (the content is sent over the
 * connection in length-prefixed chunks, so clamd needs no access to our storage).
 *
 * Written here rather than taken from npm `clamscan` (2.4.0): its `scanStream` never settles when
 * clamd accepts the connection and does not answer (its socket timeout only half-closes the
 * connection and waits for clamd to close its side), so a stalled clamd would hold an upload's
 * request forever; it also writes without backpressure (a 25 MB file sits in memory), prints its
 * errors with console.error, and by default runs local binaries. This client is the few lines the
 * protocol needs, with one idle timeout for the whole exchange.
 */
export class ClamdScanner implements VirusScanner {
  /** Where it connects, for logs: `unix:/run/clamav/clamd.ctl` or `tcp:clamav:3310`. */
  readonly where: string;

  constructor(
    private readonly address: ClamdAddress,
    private readonly idleTimeoutMs = CLAMD_IDLE_TIMEOUT_MS,
  ) {
    this.where = 'socket' in address ? `unix:${address.socket}` : `tcp:${address.host}:${address.port}`;
  }

  async scan(content: Readable): Promise<ScanVerdict> {
    const reply = await this.exchange('zINSTREAM\0', content);
    if (reply === 'stream: OK') return { infected: false };
    const found = /^stream: (.+) FOUND$/.exec(reply);
    if (found) return { infected: true, signature: found[1] };
    // "INSTREAM size limit exceeded. ERROR" (StreamMaxLength smaller than the file) and the like.
    throw new ClamdError(`clamd (${this.where}) no pudo analizar el archivo: ${reply.slice(0, 200)}`);
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.exchange('zPING\0')) === 'PONG';
    } catch {
      return false;
    }
  }

  /**
   * Sends one `z` command (replies end with a NUL byte), streams the body after it when given,
   * and answers clamd's reply. Everything is released on the way out: the connection, and the
   * body when the exchange ends before it was read to its end.
   */
  private exchange(command: string, body?: Readable): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const socket: Socket = 'socket' in this.address ? connect(this.address.socket) : connect(this.address.port, this.address.host);
      const stopWriting = new AbortController();
      const received: Buffer[] = [];
      let settled = false;
      const settle = (err: Error | null, reply = '') => {
        if (settled) return;
        settled = true;
        stopWriting.abort();
        socket.destroy();
        if (body && !body.readableEnded) body.destroy();
        if (err) reject(err);
        else resolve(reply);
      };
      socket.setTimeout(this.idleTimeoutMs, () =>
        settle(new ClamdError(`clamd (${this.where}) no respondió en ${Math.round(this.idleTimeoutMs / 1000)} s`)),
      );
      socket.on('error', (err: NodeJS.ErrnoException) => {
        // clamd answers a stream longer than its StreamMaxLength with an error and closes at once,
        // usually before that answer can be read: our next write fails instead.
        const cut = body && (err.code === 'EPIPE' || err.code === 'ECONNRESET');
        const hint = cut ? ' (clamd cerró la conexión durante el envío: ¿su StreamMaxLength es menor que el archivo?)' : '';
        settle(new ClamdError(`clamd (${this.where}): ${err.message}${hint}`, { cause: err }));
      });
      socket.on('close', () => settle(new ClamdError(`clamd (${this.where}) cerró la conexión sin responder`)));
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk);
        const all = Buffer.concat(received);
        const end = all.indexOf(0);
        if (end >= 0) settle(null, all.subarray(0, end).toString('utf8').trim());
      });
      socket.once('connect', () => {
        socket.write(command);
        if (body) {
          sendChunks(socket, body, stopWriting.signal).catch((err: unknown) => {
            if (!stopWriting.signal.aborted) settle(err instanceof Error ? err : new ClamdError(String(err)));
          });
        }
      });
    });
  }
}

/** The INSTREAM body: each chunk after its length (4 bytes, big-endian), then a zero length; waits for the socket to drain. */
async function sendChunks(socket: Socket, body: Readable, signal: AbortSignal): Promise<void> {
  for await (const data of body as AsyncIterable<Buffer | string>) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0; at < chunk.length; at += CHUNK_BYTES) {
      const part = chunk.subarray(at, at + CHUNK_BYTES);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(part.length);
      if (!socket.write(Buffer.concat([length, part]))) await once(socket, 'drain', { signal });
    }
  }
  socket.write(Buffer.alloc(4));
}
