/**
 * The one database seam of the companion. Everything is PostgreSQL SQL; the engine behind it is
 * either embedded PGlite or a real Postgres, and callers must not be able to tell them apart.
 */
export type Row = Record<string, unknown>;

export interface Db {
  /** One statement, `$1`-style parameters. int8 comes back as number (bigint when unsafe). */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws.
   * Called on a transaction handle it simply runs inside that transaction (no savepoint).
   * On PGlite, use only `tx` inside `work`: the outer store waits for the transaction to end.
   */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

/** A Db that can also run several parameterless statements at once (migrations, pg-boss DDL). */
export interface SqlSession extends Db {
  /** Simple-query protocol: several statements, no parameters; returns the last result's rows. */
  exec(sql: string): Promise<Row[]>;
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
}

export type StoreKind = 'pglite' | 'postgres';

export interface Store extends SqlSession {
  readonly kind: StoreKind;
  close(): Promise<void>;
}
