import type { EntityManager, Knex } from '@mikro-orm/knex';

import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, toConnection } from '../../core/graphql/connection';
import type { SqlRows } from '../../core/orm/sql-rows';
import { isUuid } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { asDate } from '../../core/workflow/case-store';
import type { Audience, NotificationKind } from './notification.entity';
import { notificationAddresses, type NotificationAddress } from './notification.policy';
import type { NotificationConnection, NotificationsArgs, NotificationType } from './notification.type';

type Row = Record<string, unknown>;
const ORDER = 'notifications:newest';

/** One address as SQL on `notification n`: one range of the (audience_kind, audience, created_at, id) index. */
function addressSql(a: NotificationAddress): { sql: string; params: unknown[] } {
  return a.audience === null
    ? { sql: 'n.audience_kind = ? and n.audience is null', params: [a.audienceKind] }
    : { sql: 'n.audience_kind = ? and n.audience = ?', params: [a.audienceKind, a.audience] };
}

/** A principal's notifications (their own, their entity's, their role's), newest first, and read receipts. */
export class NotificationService {
  constructor(
    private readonly clock: Clock,
    private readonly sql: SqlRows,
  ) {}

  private addressed(knex: Knex, query: Knex.QueryBuilder, addresses: NotificationAddress[]): Knex.QueryBuilder {
    return query.where((w) => {
      for (const a of addresses) {
        w.orWhere((x) => {
          x.where('n.audience_kind', a.audienceKind);
          if (a.audience === null) x.whereNull('n.audience');
          else x.where('n.audience', a.audience);
        });
      }
    });
  }

  private base(em: EntityManager, principal: Principal): Knex.QueryBuilder {
    const knex = em.getKnex();
    const q = knex('notification as n').leftJoin('notification_read as r', (j) =>
      j.on('r.notification_id', 'n.id').andOn('r.subject', knex.raw('?', [principal.subject])),
    );
    return this.addressed(knex, q, notificationAddresses(principal));
  }

  /**
   * A page, the total and the unread count, read address by address: a notification has one
   * audience, so each address's rows are one range of the (audience_kind, audience, created_at)
   * index, the page is the newest of each range's newest, and the counts add up. One statement
   * over all addresses at once (an OR) sorted every notification of the coordination, tens of
   * thousands after a few years, on every page (docs/benchmarks.md).
   */
  async list(_em: EntityManager, principal: Principal, args: NotificationsArgs): Promise<NotificationConnection> {
    const filter = args.filter ?? {};
    const unreadOnly = Boolean(args.unreadOnly || filter.unreadOnly);
    let cursor: { at: Date | number; id: string } | null = null;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ORDER, 2);
      const instant = new Date(at);
      if (Number.isNaN(instant.getTime()) || !isUuid(id))
        throw new BadUserInputError('Cursor inválido', { path: 'after', code: ProblemCode.INVALID_FORMAT });
      cursor = { at: this.sql.instant(instant), id };
    }
    const addresses = notificationAddresses(principal);
    const conditions = (a: NotificationAddress, page: boolean, unread: boolean) => {
      const address = addressSql(a);
      const sql = [address.sql];
      const params = [...address.params];
      if (unread) sql.push('r.read_at is null');
      if (filter.kind) {
        sql.push('n.kind = ?');
        params.push(filter.kind);
      }
      if (filter.caseId) {
        sql.push('n.case_id = ?');
        params.push(filter.caseId);
      }
      if (page && cursor) {
        sql.push('(n.created_at < ? or (n.created_at = ? and n.id < ?))');
        params.push(cursor.at, cursor.at, cursor.id);
      }
      return { where: sql.join(' and '), params };
    };
    const join = 'from notification n left join notification_read r on r.notification_id = n.id and r.subject = ?';
    const limit = args.first + 1;
    const page = async (): Promise<Row[]> => {
      if (args.first === 0) return [];
      const parts = addresses.map((a) => conditions(a, true, unreadOnly));
      const rows = await this.sql.all(
        parts
          .map(
            (p) =>
              `select * from (select n.*, r.read_at as read_at ${join} where ${p.where} order by n.created_at desc, n.id desc limit ?) as part`,
          )
          .join(' union all ') + ' order by created_at desc, id desc limit ?',
        [...parts.flatMap((p) => [principal.subject, ...p.params, limit]), limit],
      );
      return rows;
    };
    // The total without the reads (one index range per address), unless it counts the unread.
    const count = async (unread: boolean): Promise<number> => {
      const parts = addresses.map((a) => conditions(a, false, unread));
      const rows = await this.sql.all(
        parts.map((p) => `select count(*) as c ${unread ? join : 'from notification n'} where ${p.where}`).join(' union all '),
        parts.flatMap((p) => (unread ? [principal.subject, ...p.params] : p.params)),
      );
      return rows.reduce((sum, r) => sum + Number(r.c), 0);
    };
    // Unfiltered, the total is what the unread count reads anyway (addressed, or addressed − read).
    const unfiltered = !filter.kind && !filter.caseId;
    const [rows, { addressed, read }] = await Promise.all([page(), this.counts(principal)]);
    const unread = addressed - read;
    const total = unfiltered ? (unreadOnly ? unread : addressed) : await count(unreadOnly);
    const connection = toConnection({
      rows,
      first: args.first,
      after: args.after,
      totalCount: total,
      cursorOf: (r) => encodeCursor(ORDER, [asDate(r.created_at).toISOString(), String(r.id)]),
      toNode: (r) => toType(r),
    });
    return Object.assign(connection, { unreadCount: unread }) as NotificationConnection;
  }

  /**
   * Unread = addressed − read by this person: the reads are theirs alone (few), where counting
   * unread rows directly joined every addressed notification to the reads.
   */
  private async countUnread(principal: Principal): Promise<number> {
    const { addressed, read } = await this.counts(principal);
    return addressed - read;
  }

  /** How many notifications are addressed to the principal, and how many of those they have read: one statement. */
  private async counts(principal: Principal): Promise<{ addressed: number; read: number }> {
    const addresses = notificationAddresses(principal).map(addressSql);
    const rows = await this.sql.all(
      [
        ...addresses.map((a) => `select 'addressed' as k, count(*) as c from notification n where ${a.sql}`),
        ...addresses.map(
          (a) =>
            `select 'read' as k, count(*) as c from notification_read r join notification n on n.id = r.notification_id where r.subject = ? and ${a.sql}`,
        ),
      ].join(' union all '),
      [...addresses.flatMap((a) => a.params), ...addresses.flatMap((a) => [principal.subject, ...a.params])],
    );
    const sum = (k: string) => rows.filter((r) => r.k === k).reduce((t, r) => t + Number(r.c), 0);
    return { addressed: sum('addressed'), read: sum('read') };
  }

  /** Marks notifications read for this principal; an id that is not theirs is NOT_FOUND and nothing is written. */
  async markRead(em: EntityManager, principal: Principal, ids: string[]): Promise<number> {
    const unique = [...new Set(ids)];
    const visible: Row[] = await this.base(em, principal).whereIn('n.id', unique).select('n.id', 'r.read_at');
    if (visible.length !== unique.length) {
      const found = new Set(visible.map((r) => r.id));
      const missing = unique.filter((id) => !found.has(id));
      throw new NotFoundError(`No existen las notificaciones ${missing.join(', ')} o no son suyas`, { ids: missing });
    }
    return this.receipts(
      em,
      principal,
      visible.filter((r) => r.read_at == null).map((r) => String(r.id)),
    );
  }

  /** The principal's notifications with these ids, as they read now, in the order asked. */
  async byIds(em: EntityManager, principal: Principal, ids: string[]): Promise<NotificationType[]> {
    const rows: Row[] = await this.base(em, principal)
      .whereIn('n.id', [...new Set(ids)])
      .select('n.*', 'r.read_at');
    const byId = new Map(rows.map((r) => [String(r.id), toType(r)]));
    return [...new Set(ids)].map((id) => byId.get(id)).filter((n): n is NotificationType => n !== undefined);
  }

  /** How many of the principal's notifications are unread. */
  async unreadCount(_em: EntityManager, principal: Principal): Promise<number> {
    return this.countUnread(principal);
  }

  async markAllRead(em: EntityManager, principal: Principal): Promise<number> {
    const unread: Row[] = await this.base(em, principal).whereNull('r.read_at').select('n.id');
    return this.receipts(
      em,
      principal,
      unread.map((r) => String(r.id)),
    );
  }

  private async receipts(em: EntityManager, principal: Principal, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const at = this.sql.instant(this.clock.now());
    const knex = em.getKnex();
    for (let i = 0; i < ids.length; i += 500) {
      await knex('notification_read')
        .insert(ids.slice(i, i + 500).map((id) => ({ notification_id: id, subject: principal.subject, read_at: at })))
        .onConflict(['notification_id', 'subject'])
        .ignore();
    }
    return ids.length;
  }
}

export function toType(r: Row): NotificationType {
  return {
    id: String(r.id),
    kind: r.kind as NotificationKind,
    caseId: (r.case_id as string | null) ?? null,
    audience: r.audience_kind as Audience,
    title: String(r.title),
    body: String(r.body),
    createdAt: asDate(r.created_at),
    read: r.read_at != null,
    readAt: r.read_at == null ? null : asDate(r.read_at),
  };
}
