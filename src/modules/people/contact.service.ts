import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import { PRIVACY_NOTICE_MESSAGE } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { instantFor, type Orm } from '../../core/orm/orm';
import type { Clock } from '../../core/time/clock';
import {
  ContactEmailChangePayload,
  type ConfirmContactEmailChangeInput,
  type RequestContactEmailChangeInput,
  type UpdateMyContactInput,
} from './contact.inputs';
import type { PeopleDirectory } from './people-directory';
import { instantOf, MEMBERSHIP_COLUMNS, membershipOf, PERSON_COLUMNS, personOf } from './people.loaders';
import { PersonType } from './person.type';
import type { SendContactCodePayload } from './send-contact-code.job';
import { codeHash } from './send-invitation.job';

/** How long a code to confirm a new contact address lasts. */
export const CONTACT_CODE_HOURS = 24;

const PHONE_FORM = /^[0-9 +\-()]{7,20}$/;

/** A phone as stored (trimmed), or BAD_USER_INPUT at `path` (INVALID_FORMAT); null clears it. */
export function phoneOf(value: string | null | undefined, path = 'input.phone'): string | null {
  if (value === null || value === undefined) return null;
  const phone = value.trim();
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE_FORM.test(phone) || digits < 7) {
    throw new BadUserInputError('El teléfono no tiene una forma válida', {
      path,
      code: ProblemCode.INVALID_FORMAT,
      problem: 'debe tener de 7 a 20 caracteres entre dígitos, espacios, «+», «-», «(» y «)», con al menos 7 dígitos',
    });
  }
  return phone;
}

const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export interface ContactServiceDeps {
  orm: Orm;
  clock: Clock;
  people: PeopleDirectory;
  enqueue(payload: SendContactCodePayload): Promise<void>;
  logger: Logger;
}

/**
 * A person's own contact data: the phone, and a change of contact address confirmed with a code
 * mailed to the new address (only the code's hash is kept). Each change is audited
 * CONTACT_UPDATED, with no personal data in the reason.
 */
export class ContactService {
  private readonly knex: Knex;
  private readonly instant: (d: Date) => Date | number;

  constructor(private readonly deps: ContactServiceDeps) {
    this.knex = deps.orm.em.getKnex();
    this.instant = instantFor(deps.orm.em);
  }

  async updateMyContact(principal: Principal, input: UpdateMyContactInput): Promise<PersonType> {
    const personId = this.own(principal);
    const phone = phoneOf(input.phone);
    await this.knex.transaction(async (trx) => {
      const updated = await trx('person').where({ id: personId }).update({ phone });
      if (Number(updated) !== 1) throw new NotFoundError('No está en el directorio de personas');
      await this.audit(trx, personId, phone === null ? 'Borró su teléfono de contacto' : 'Cambió su teléfono de contacto');
    });
    return this.reread(personId);
  }

  async requestEmailChange(principal: Principal, input: RequestContactEmailChangeInput): Promise<ContactEmailChangePayload> {
    const personId = this.own(principal);
    const email = input.email.trim().toLowerCase();
    const code = randomBytes(32).toString('base64url');
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + CONTACT_CODE_HOURS * 3600 * 1000);
    await this.knex.transaction(async (trx) => {
      const me = await trx('person').where({ id: personId }).first('contact_email');
      if (!me) throw new NotFoundError('No está en el directorio de personas');
      if (String(me.contact_email ?? '').toLowerCase() === email) {
        throw new BadUserInputError('Esa ya es su correo de contacto', {
          path: 'input.email',
          code: ProblemCode.NOT_ALLOWED,
          problem: 'es la dirección de contacto actual',
        });
      }
      await trx('person')
        .where({ id: personId })
        .update({
          pending_contact_email: email,
          pending_contact_code_hash: codeHash(code),
          pending_contact_expires_at: this.instant(expiresAt),
        });
      await this.audit(trx, personId, 'Pidió cambiar su correo de contacto: se envió un código a la dirección nueva');
    });
    try {
      await this.deps.enqueue({ personId, code });
    } catch (err) {
      // The code is only in this job: without it the person asks again.
      this.deps.logger.warn({ err, personId }, 'no se pudo encolar el código de un cambio de correo de contacto');
    }
    return Object.assign(new ContactEmailChangePayload(), { pendingEmail: email, expiresAt });
  }

  async confirmEmailChange(principal: Principal, input: ConfirmContactEmailChangeInput): Promise<PersonType> {
    const personId = this.own(principal);
    const hash = codeHash(input.code);
    await this.knex.transaction(async (trx) => {
      const me = await trx('person')
        .where({ id: personId })
        .first('pending_contact_email', 'pending_contact_code_hash', 'pending_contact_expires_at');
      if (!me) throw new NotFoundError('No está en el directorio de personas');
      if (!me.pending_contact_code_hash || !me.pending_contact_email) {
        throw new PreconditionFailedError('NO_PENDING_CONTACT_EMAIL', 'No tiene un cambio de correo de contacto pendiente');
      }
      if (!sameHash(String(me.pending_contact_code_hash), hash)) {
        throw new BadUserInputError('El código no corresponde a su cambio de correo pendiente', {
          path: 'input.code',
          code: ProblemCode.NOT_ALLOWED,
          problem: 'no es el código enviado a la dirección nueva',
        });
      }
      if (instantOf(me.pending_contact_expires_at).getTime() <= this.deps.clock.now().getTime()) {
        throw new PreconditionFailedError('CONTACT_CODE_EXPIRED', 'El código venció: pida el cambio de nuevo');
      }
      const updated = await trx('person')
        .where({ id: personId, pending_contact_code_hash: hash })
        .update({
          contact_email: String(me.pending_contact_email),
          pending_contact_email: null,
          pending_contact_code_hash: null,
          pending_contact_expires_at: null,
        });
      if (Number(updated) !== 1) throw new PreconditionFailedError('NO_PENDING_CONTACT_EMAIL', 'El cambio ya se confirmó');
      await this.audit(trx, personId, 'Confirmó su nuevo correo de contacto con el código enviado a esa dirección');
    });
    return this.reread(personId);
  }

  /** The pending address of a person (only ever asked for the caller's own). */
  async pendingEmail(personId: string): Promise<string | null> {
    const row = await this.knex('person').where({ id: personId }).first('pending_contact_email');
    return (row?.pending_contact_email as string | null | undefined) ?? null;
  }

  /** The caller's own person, once the privacy notice is accepted (ManageOwnPerson lets a pending notice through). */
  private own(principal: Principal): string {
    if (!principal.personId) throw new ForbiddenError('Solo una persona del directorio cambia sus datos de contacto');
    if (principal.pendingPrivacyNotice) throw new PreconditionFailedError('PRIVACY_NOTICE', PRIVACY_NOTICE_MESSAGE);
    return principal.personId;
  }

  private async audit(trx: Knex.Transaction, personId: string, reason: string): Promise<void> {
    const current = await trx('membership').where({ person_id: personId }).whereNull('ended_at').first('role', 'entity_code');
    await this.deps.people.audit(trx, {
      personId,
      action: 'CONTACT_UPDATED',
      role: (current?.role as string | undefined) ?? null,
      entityCode: (current?.entity_code as string | undefined) ?? null,
      reason,
      actorPersonId: personId,
    });
  }

  /** The person as the caller now sees it (as people.service re-reads one after a change). */
  private async reread(id: string): Promise<PersonType> {
    const row = await this.knex('person')
      .where({ id })
      .first(...PERSON_COLUMNS);
    if (!row) throw new NotFoundError('No está en el directorio de personas');
    const current = await this.knex('membership')
      .where({ person_id: id })
      .whereNull('ended_at')
      .first(...MEMBERSHIP_COLUMNS);
    return PersonType.from(personOf(row), current ? membershipOf(current) : null);
  }
}
