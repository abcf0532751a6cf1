import type { Knex } from '@mikro-orm/knex';

import { decodeCursor, encodeCursor, invalidCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import { instantOf } from './people.loaders';

/** How to page one query newest first: its cursor's ordering name, the instant and id columns, what to select. */
export interface NewestFirstPage<T> {
  ordering: string;
  at: string;
  id: string;
  columns: string[];
  atOf: (r: Record<string, unknown>) => unknown;
  toNode: (r: Record<string, unknown>) => T;
}

/**
 * A page of `base()` newest first by (instant, id) with keyset cursors, and the total of `base()`:
 * the directory's lists (people's history, invitations) page this way.
 */
export async function newestFirst<T>(
  instant: (d: Date) => Date | number,
  base: () => Knex.QueryBuilder,
  args: { first: number; after?: string | null },
  page: NewestFirstPage<T>,
): Promise<ConnectionResult<T>> {
  const query = base();
  if (args.after) {
    const [ms, id] = decodeCursor(args.after, page.ordering, 2);
    // A cursor is only ever made by this function: anything else in it was not ours.
    if (!/^\d{1,15}$/.test(ms)) throw invalidCursor();
    const at = instant(new Date(Number(ms)));
    query.where((w) => w.where(page.at, '<', at).orWhere((x) => x.where(page.at, '=', at).andWhere(page.id, '<', id)));
  }
  const rows: Record<string, unknown>[] = await query
    .select(...page.columns)
    .orderBy([
      { column: page.at, order: 'desc' },
      { column: page.id, order: 'desc' },
    ])
    .limit(args.first + 1);
  const [{ n }] = (await base().count(`${page.id} as n`)) as { n: number | string }[];
  return toConnection({
    rows,
    first: args.first,
    after: args.after,
    totalCount: Number(n),
    cursorOf: (r: Record<string, unknown>) => encodeCursor(page.ordering, [String(instantOf(page.atOf(r)).getTime()), String(r.id)]),
    toNode: page.toNode,
  });
}
