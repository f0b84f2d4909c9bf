import type PgBoss from 'pg-boss';

import type { Db, SqlSession } from '../store';

/**
 * pg-boss talks to a database only through `executeSql(text, values)`. It sends two kinds of
 * SQL: single statements with `$n` parameters, and parameterless scripts (schema creation,
 * maintenance) that wrap several statements in BEGIN ... COMMIT. PGlite's `query` uses the
 * extended protocol, which takes exactly one statement, so scripts must go through `exec`.
 */
export function bossDbOver(session: SqlSession): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const rows =
        (values === undefined || values.length === 0) && hasSeveralStatements(text)
          ? await session.exec(text)
          : await session.query(text, values);
      return { rows };
    },
  };
}

/**
 * The per-call `db` for a transactional enqueue: the job row is written on the caller's
 * transaction, so it commits or rolls back with the state change (outbox). pg-boss only runs
 * its single, parameterised INSERT through it.
 */
export function bossDbOverTransaction(tx: Db): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await tx.query(text, values) }) };
}

/** A `;` followed by more SQL. pg-boss's parameterless single statements contain none. */
function hasSeveralStatements(sql: string): boolean {
  return /;\s*\S/.test(sql);
}
