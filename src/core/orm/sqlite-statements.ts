import { LRUCache } from 'lru-cache';

/** The part of a better-sqlite3 connection this cache touches. */
interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** Distinct statements kept per connection; the ORM's statements with inlined values pass through it and age out. */
const CACHED_STATEMENTS = 500;

/**
 * Makes a better-sqlite3 connection reuse its prepared statements. knex prepares every statement
 * again on each run, and on a page of cases preparing cost about as much as running (docs/
 * benchmarks.md, profile). Reuse is safe here because knex runs a statement to completion
 * (`all` or `run`) before the next one, never leaving one iterating.
 */
export function cacheStatements<T extends PreparingConnection>(conn: T): T {
  const prepare = conn.prepare.bind(conn);
  const cache = new LRUCache<string, object>({ max: CACHED_STATEMENTS });
  conn.prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = prepare(sql) as object;
      cache.set(sql, statement);
    }
    return statement;
  };
  return conn;
}
