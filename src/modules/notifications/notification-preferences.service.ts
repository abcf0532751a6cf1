import type { Knex } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import type { Principal } from '../../core/auth/principal';
import { ForbiddenError } from '../../core/errors/app-error';
import type { NotificationPreferencesType, UpdateNotificationPreferencesInput } from './notification-preferences.type';
import { preferencesOf } from './recipients';

const COLUMNS = ['id', 'mail_muted_kinds', 'mail_digest', 'entity_mail_opt_in'] as const;

const typeOf = (row: Record<string, unknown>): NotificationPreferencesType => ({ personId: String(row.id), ...preferencesOf(row) });

/** Reads a page's people's preferences in one statement. */
export const preferencesLoader = (knex: Knex) =>
  new DataLoader<string, NotificationPreferencesType | null>(async (ids) => {
    const rows: Record<string, unknown>[] = await knex('person')
      .whereIn('id', [...ids])
      .select(...COLUMNS);
    const byId = new Map(rows.map((r) => [String(r.id), typeOf(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** A person's mail preferences (columns of `person`), changed only by that person. */
export async function updatePreferences(
  knex: Knex,
  principal: Principal,
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferencesType> {
  if (!principal.personId) throw new ForbiddenError('Su sesión no corresponde a una persona del directorio');
  const update: Record<string, unknown> = {};
  if (input.mutedKinds != null) update.mail_muted_kinds = JSON.stringify([...new Set(input.mutedKinds)].sort());
  if (input.digest != null) update.mail_digest = input.digest;
  if (input.entityMail != null) update.entity_mail_opt_in = input.entityMail;
  if (Object.keys(update).length) await knex('person').where({ id: principal.personId }).update(update);
  const row = await knex('person')
    .where({ id: principal.personId })
    .first(...COLUMNS);
  if (!row) throw new ForbiddenError('Su sesión no corresponde a una persona del directorio');
  return typeOf(row);
}
