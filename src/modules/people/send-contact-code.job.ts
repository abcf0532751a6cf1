import type { Knex } from '@mikro-orm/knex';
import type { Job, Queue } from 'bullmq';

import type { Orm } from '../../core/orm/orm';
import type { Clock } from '../../core/time/clock';
import { instantOf } from './people.loaders';
import { bogotaTime, codeHash, type Mail } from './send-invitation.job';

/** Mails the code that confirms a new contact address, to that new address (notifications queue). */
export const SEND_CONTACT_CODE = 'send-contact-code';

export interface SendContactCodePayload {
  personId: string;
  /** The code (only its hash is stored: the job holds it until the mail goes out). No address travels: the job reads it. */
  code: string;
}

/** One job and one mail (one Message-ID) per person and code: a new request is a new message; a retry of the same is the same. */
export const sendContactCodeId = (personId: string, hash: string): string => `contact_${personId}_${hash.slice(0, 16)}`;

export async function queueContactCode(queue: Queue, payload: SendContactCodePayload): Promise<void> {
  await queue.add(SEND_CONTACT_CODE, payload, { jobId: sendContactCodeId(payload.personId, codeHash(payload.code)) });
}

/** The API's producer of contact-code mail. A code whose job could not be queued is never mailed: the person asks again. */

export interface SendContactCodeDeps {
  orm: Orm;
  clock: Clock;
  send(mail: Mail): Promise<void>;
}

/**
 * Mails the confirmation code to the pending address, unless the request was replaced by a newer
 * one, confirmed, cleared (anonymisation) or has expired meanwhile.
 */
export async function sendContactCode(deps: SendContactCodeDeps, job: Job<SendContactCodePayload>): Promise<string> {
  const knex: Knex = deps.orm.em.getKnex();
  const { personId, code } = job.data;
  const hash = codeHash(code);
  const row = await knex('person')
    .where({ id: personId })
    .first('pending_contact_email', 'pending_contact_code_hash', 'pending_contact_expires_at');
  if (!row || row.pending_contact_code_hash !== hash || !row.pending_contact_email) return 'replaced';
  const expiresAt = instantOf(row.pending_contact_expires_at);
  if (expiresAt.getTime() <= deps.clock.now().getTime()) return 'expired';
  const text = [
    'Hola:',
    '',
    'Se pidió que esta dirección sea el correo de contacto de una cuenta en la plataforma Ciudades y Territorios Inteligentes (MinTIC):',
    'a ella llegarán los avisos de la plataforma.',
    '',
    'Para confirmarlo, ingrese a la plataforma con su cuenta y use este código en confirmContactEmailChange:',
    '',
    `    ${code}`,
    '',
    `El código sirve una sola vez y vence el ${bogotaTime(expiresAt)}.`,
    'Si no lo pidió, ignore este mensaje: sin el código, el correo de contacto no cambia.',
    '',
    'Estrategia Ciudades y Territorios Inteligentes, Ministerio de Tecnologías de la Información y las Comunicaciones.',
  ].join('\n');
  await deps.send({
    id: sendContactCodeId(personId, hash),
    to: String(row.pending_contact_email),
    subject: 'Código para confirmar su correo de contacto en la plataforma Ciudades y Territorios Inteligentes',
    text,
  });
  return 'mailed';
}
