import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import type { Job, Queue } from 'bullmq';

import { instantFor, type Orm } from '../../core/orm/orm';
import type { Clock } from '../../core/time/clock';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { membershipLabel } from './membership-roles';
import { instantOf } from './people.loaders';
import type { MembershipRole } from './person.entity';

/** Mails one invitation's link (notifications queue). */
export const SEND_INVITATION = 'send-invitation';

export interface SendInvitationPayload {
  invitationId: string;
  /** The code of the link (only its hash is stored: the job is the one place that holds it until the mail goes out). */
  code: string;
  /** Where the link points: PUBLIC_URL, or the API's own address, as the API that issued it knew it. */
  linkBase: string;
}

export const codeHash = (code: string): string => createHash('sha256').update(code).digest('hex');
/** One job and one mail per code: a resend (a new code) is a new job and a new message; a retry of the same is the same. */
export const sendInvitationJobId = (invitationId: string, hash: string): string => `invitation_${invitationId}_${hash.slice(0, 16)}`;
export const invitationLink = (linkBase: string, code: string): string => `${linkBase.replace(/\/+$/, '')}/invitaciones/${code}`;

export async function queueInvitation(queue: Queue, payload: SendInvitationPayload): Promise<void> {
  await queue.add(SEND_INVITATION, payload, { jobId: sendInvitationJobId(payload.invitationId, codeHash(payload.code)) });
}

const BOGOTA = new Intl.DateTimeFormat('es-CO', { timeZone: 'America/Bogota', dateStyle: 'long', timeStyle: 'short' });
export const bogotaTime = (d: Date): string => `${BOGOTA.format(d)} (hora de Colombia)`;

/** A message as the notifications module's mailer sends it (named by shape: people comes before notifications). */
export interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface SendInvitationDeps {
  orm: Orm;
  clock: Clock;
  directory: TerritorialDirectory;
  send(mail: Mail): Promise<void>;
}

/**
 * Mails an invitation, unless it is no longer the invitation's current code (resent), or it was
 * accepted, revoked or has expired meanwhile; then marks it mailed. The mail names who invites
 * by role (never their address), the entity, the role, the expiry and the link.
 */
export async function sendInvitation(deps: SendInvitationDeps, job: Job<SendInvitationPayload>): Promise<string> {
  const knex: Knex = deps.orm.em.getKnex();
  const { invitationId, code, linkBase } = job.data;
  const hash = codeHash(code);
  const row = await knex('invitation').where({ id: invitationId }).first();
  if (!row || row.code_hash !== hash) return 'replaced';
  const now = deps.clock.now();
  if (row.accepted_at || row.revoked_at) return 'closed';
  const expiresAt = instantOf(row.expires_at);
  if (expiresAt.getTime() <= now.getTime()) return 'expired';
  const role = row.role as MembershipRole;
  const entity = row.entity_code ? await deps.directory.read((d) => d.find(String(row.entity_code))) : null;
  const inviter = row.invited_by_person_id
    ? await knex('membership').where({ person_id: row.invited_by_person_id }).whereNull('ended_at').first('role', 'entity_code')
    : null;
  const inviterEntity = inviter?.entity_code ? await deps.directory.read((d) => d.find(String(inviter.entity_code))) : null;
  const who = inviter
    ? `${membershipLabel[inviter.role as MembershipRole]}${inviterEntity ? ` de ${inviterEntity.kindLabel.toLowerCase()} de ${inviterEntity.name}` : ''}`
    : 'La coordinación del programa';
  const where = entity ? ` de ${entity.kindLabel.toLowerCase()} de ${entity.name} (DIVIPOLA ${entity.code})` : ' del Ministerio TIC';
  const link = invitationLink(linkBase, code);
  const greeting = row.name ? `Hola, ${String(row.name)}:` : 'Hola:';
  const text = [
    greeting,
    '',
    `${who} le invita a la plataforma Ciudades y Territorios Inteligentes (MinTIC) como ${membershipLabel[role]}${where}.`,
    '',
    'Para aceptar la invitación:',
    '1. Ingrese a la plataforma con su cuenta; su correo debe ser esta misma dirección, verificada por el proveedor de identidad.',
    '2. Acepte el aviso de privacidad (Ley 1581 de 2012) si aún no lo ha hecho.',
    `3. Abra este enlace y siga sus instrucciones: ${link}`,
    '',
    `El enlace sirve una sola vez y vence el ${bogotaTime(expiresAt)}.`,
    'Si no esperaba esta invitación, ignore este mensaje: sin aceptarla no se le da ningún acceso.',
    '',
    'Estrategia Ciudades y Territorios Inteligentes, Ministerio de Tecnologías de la Información y las Comunicaciones.',
  ].join('\n');
  await deps.send({
    id: sendInvitationJobId(invitationId, hash),
    to: String(row.email),
    subject: `Invitación: ${membershipLabel[role]}${entity ? ` de ${entity.name}` : ''} en la plataforma Ciudades y Territorios Inteligentes`,
    text,
  });
  await knex('invitation')
    .where({ id: invitationId, code_hash: hash })
    .update({ mailed_at: instantFor(deps.orm.em)(deps.clock.now()) });
  return 'mailed';
}
