import { BaseSqlitePlatform, type Knex } from '@mikro-orm/knex';

import { instantFor, type Orm } from './orm';

export type SqlRow = Record<string, unknown>;

/** A list bound as one parameter, so a statement's text is the same whatever the list's length. */
export class SqlList {
  constructor(readonly values: readonly (string | number)[]) {}
}

interface SqliteConnection {
  prepare(sql: string): { all(params: unknown[]): SqlRow[] };
}
interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: SqlRow[] }>;
}

/** Distinct statement texts given a server-side name (PostgreSQL) before names are no longer given. */
const NAMED_STATEMENTS = 200;
let namedStatements = 0;

/**
 * Read statements run on the driver itself, through the ORM's own connection pool. The read path
 * of case lists spent more CPU in knex (building, compiling and running each statement through
 * its runner) than in the database (docs/benchmarks.md, profile); these statements are fixed
 * texts written once, with `?` placeholders for both databases, and `in (?)` of a `SqlList` for
 * lists: `= any(?)` of an array on PostgreSQL, `in (select value from json_each(?))` on SQLite, so
 * the text, and so the prepared statement, stays the same. SQLite's connection reuses prepared
 * statements (sqlite-statements.ts); PostgreSQL gets named statements, parsed and planned once per
 * connection.
 */
export class SqlRows {
  private readonly knex: Knex;
  private readonly client: Knex.Client;
  readonly sqlite: boolean;
  private readonly texts = new Map<string, { text: string; name: string | null }>();

  constructor(orm: Orm) {
    this.knex = orm.em.getKnex();
    this.client = this.knex.client;
    this.sqlite = orm.em.getPlatform() instanceof BaseSqlitePlatform;
    this.instant = instantFor(orm.em);
  }

  /** The value to bind for an instant: epoch milliseconds on SQLite (as the ORM stores them), a Date on PostgreSQL. */
  readonly instant: (d: Date) => Date | number;

  /** `announce: false` for reads that belong to no one request (the door's own lookups, kept for a second). */
  async all(sql: string, params: readonly unknown[], { announce = true }: { announce?: boolean } = {}): Promise<SqlRow[]> {
    const statement = this.statement(sql);
    const values = params.map((p) => (p instanceof SqlList ? (this.sqlite ? JSON.stringify(p.values) : [...p.values]) : p));
    // Announced as knex announces its own statements, so whoever counts or logs them (the N+1 test) sees these too.
    if (announce) this.knex.emit('query', { method: 'select', sql: statement.text, bindings: values });
    const conn: unknown = await this.client.acquireConnection();
    try {
      if (this.sqlite) return (conn as SqliteConnection).prepare(statement.text).all(values);
      const config = { text: statement.text, values };
      const result = await (conn as PgConnection).query(statement.name ? { ...config, name: statement.name } : (config as never));
      return result.rows;
    } finally {
      await this.client.releaseConnection(conn);
    }
  }

  /** The dialect's text of `sql` (placeholders and list parameters), made once per text. */
  private statement(sql: string): { text: string; name: string | null } {
    let statement = this.texts.get(sql);
    if (!statement) {
      let n = 0;
      const text = this.sqlite
        ? sql.replace(/in \(\?\?\)/g, 'in (select value from json_each(?))')
        : sql
            .replace(/not in \(\?\?\)/g, '<> all(??)')
            .replace(/in \(\?\?\)/g, '= any(??)')
            .replace(/\?\?|\?/g, () => `$${++n}`);
      // Names are unique in the process: pooled connections outlive any one SqlRows.
      statement = { text, name: this.texts.size < NAMED_STATEMENTS ? `cti_read_${++namedStatements}` : null };
      this.texts.set(sql, statement);
    }
    return statement;
  }
}
