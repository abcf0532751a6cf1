import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';

import type { Config } from '../../config/env';
import { mailDeliveries } from '../../core/metrics/metrics';

export interface Mail {
  /** Deterministic, so a resend after a crash carries the same Message-ID and file name. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

const ADDRESS = /[^\s<>"'@,;:()]+@[^\s<>"'@,;:()]+/g;

/**
 * A sending error as the worker may log it: SMTP servers name the refused recipients in their
 * answers (`550 5.1.1 <alguien@…>: no existe`), and a recipient's address is personal data, which
 * never goes to the logs. The SMTP code and response code are kept.
 */
export function withoutAddresses(err: unknown): Error {
  const source = err instanceof Error ? err : new Error(String(err));
  const clean = new Error(source.message.replace(ADDRESS, '<dirección>'));
  const extra = source as Error & { code?: unknown; responseCode?: unknown; command?: unknown };
  Object.assign(clean, { name: source.name, code: extra.code, responseCode: extra.responseCode, command: extra.command });
  return clean;
}

/**
 * Sends mail through SMTP (production: SMTP_URL) or, in the embedded default, writes each message
 * as an .eml file under `var/mail/` named after its id (a notification's delivery, a digest, an
 * invitation): sending twice rewrites one file. Recipients are never logged (personal data).
 */
export class Mailer {
  private readonly smtp: Transporter | null;
  private readonly files: Transporter;
  private folder: Promise<unknown> | null = null;

  constructor(private readonly config: Config['mail']) {
    this.smtp = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    this.files = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Where the embedded default writes mail, or null when mail goes out through SMTP. */
  get directory(): string | null {
    return this.smtp ? null : this.config.dir;
  }

  async send(mail: Mail): Promise<void> {
    try {
      await this.deliver(mail);
    } catch (err) {
      mailDeliveries.labels('failed').inc();
      throw err;
    }
    mailDeliveries.labels(this.smtp ? 'sent' : 'file').inc();
  }

  private async deliver(mail: Mail): Promise<void> {
    const message = {
      from: this.config.from,
      // Whoever answers a notice writes to the programme, not to the automatic sender.
      replyTo: this.config.coordinators,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@ciudadesinteligentes.mintic.gov.co>`,
      headers: { 'Content-Language': 'es-CO' },
    };
    if (this.smtp) {
      await this.smtp.sendMail(message).catch((err: unknown) => {
        throw withoutAddresses(err);
      });
      return;
    }
    const info = (await this.files.sendMail(message)) as { message: Buffer };
    // Written aside and renamed, so a reader never sees half a message.
    const file = join(this.config.dir, `${mail.id}.eml`);
    await this.ensureFolder();
    await writeFile(`${file}.tmp`, info.message).catch(async (err: unknown) => {
      // The folder was removed under a running process: made again once.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.folder = null;
      await this.ensureFolder();
      await writeFile(`${file}.tmp`, info.message);
    });
    await rename(`${file}.tmp`, file);
  }

  /** Creates the mail folder on the first message, not on each one. */
  private ensureFolder(): Promise<unknown> {
    this.folder ??= mkdir(this.config.dir, { recursive: true }).catch((err: unknown) => {
      this.folder = null;
      throw err;
    });
    return this.folder;
  }

  close(): void {
    this.smtp?.close();
  }
}
