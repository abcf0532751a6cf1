import type { EntityManager, Knex } from '@mikro-orm/knex';

import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, toConnection } from '../../core/graphql/connection';
import type { Clock } from '../../core/time/clock';
import { asDate } from '../../core/workflow/case-store';
import type { Audience, NotificationKind } from './notification.entity';
import { notificationAddresses, type NotificationAddress } from './notification.policy';
import type { NotificationConnection, NotificationsArgs, NotificationType } from './notification.type';

type Row = Record<string, unknown>;
const ORDER = 'notifications:newest';

/** A principal's notifications (their own, their entity's, their role's), newest first, and read receipts. */
export class NotificationService {
  constructor(private readonly clock: Clock) {}

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

  async list(em: EntityManager, principal: Principal, args: NotificationsArgs): Promise<NotificationConnection> {
    const platformInstant = this.instantOf(em);
    const filtered = () => {
      const q = this.base(em, principal);
      const filter = args.filter ?? {};
      if (args.unreadOnly || filter.unreadOnly) q.whereNull('r.read_at');
      if (filter.kind) q.where('n.kind', filter.kind);
      if (filter.caseId) q.where('n.case_id', filter.caseId);
      return q;
    };
    const page = filtered();
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ORDER, 2);
      const instant = new Date(at);
      if (Number.isNaN(instant.getTime()))
        throw new BadUserInputError('Cursor inválido', { path: 'after', code: ProblemCode.INVALID_FORMAT });
      const v = platformInstant(instant);
      page.where((w) => w.where('n.created_at', '<', v).orWhere((x) => x.where('n.created_at', v).andWhere('n.id', '<', id)));
    }
    const [rows, total, unread] = await Promise.all([
      args.first === 0
        ? Promise.resolve([] as Row[])
        : page
            .clone()
            .select('n.*', 'r.read_at')
            .orderBy([
              { column: 'n.created_at', order: 'desc' },
              { column: 'n.id', order: 'desc' },
            ])
            .limit(args.first + 1),
      filtered().count({ c: '*' }).first(),
      this.base(em, principal).whereNull('r.read_at').count({ c: '*' }).first(),
    ]);
    const connection = toConnection({
      rows: rows as Row[],
      first: args.first,
      after: args.after,
      totalCount: Number((total as Row | undefined)?.c ?? 0),
      cursorOf: (r) => encodeCursor(ORDER, [asDate(r.created_at).toISOString(), String(r.id)]),
      toNode: (r) => toType(r),
    });
    return Object.assign(connection, { unreadCount: Number((unread as Row | undefined)?.c ?? 0) }) as NotificationConnection;
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
  async unreadCount(em: EntityManager, principal: Principal): Promise<number> {
    const row = (await this.base(em, principal).whereNull('r.read_at').count({ c: '*' }).first()) as Row | undefined;
    return Number(row?.c ?? 0);
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
    const at = this.instantOf(em)(this.clock.now());
    const knex = em.getKnex();
    for (let i = 0; i < ids.length; i += 500) {
      await knex('notification_read')
        .insert(ids.slice(i, i + 500).map((id) => ({ notification_id: id, subject: principal.subject, read_at: at })))
        .onConflict(['notification_id', 'subject'])
        .ignore();
    }
    return ids.length;
  }

  private instantOf(em: EntityManager): (d: Date) => Date | number {
    const sqlite = em.getPlatform().constructor.name.toLowerCase().includes('sqlite');
    return (d) => (sqlite ? d.getTime() : d);
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
