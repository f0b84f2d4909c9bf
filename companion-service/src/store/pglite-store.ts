import { AsyncLocalStorage } from 'node:async_hooks';

import { PGlite, type Transaction } from '@electric-sql/pglite';

import type { Logger } from '../observability/logger';
import { settleTransaction, trackTransaction } from './commit-hooks';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import type { Row, SqlSession, Store } from './db';
import { createPgliteDataDir } from './pglite-initdb';
import { pgliteInitdbParams, pgliteStartParams, useBaselineWasmCompiler } from './pglite-settings';

/**
 * PGlite is a single connection guarded by a mutex: `transaction()` holds it until COMMIT, so
 * queries from elsewhere wait instead of landing inside someone else's transaction. The flip side
 * is a deadlock when code inside a transaction calls the store instead of its `tx` — we detect
 * that through async context and fail loudly instead of hanging.
 * Under jest, PGlite's boot needs `node --experimental-vm-modules` (it calls `import()`).
 * Memory (ADR 0022): a new data folder is created in a child process, and Postgres runs with
 * small buffers; an in-memory store (tests) runs initdb in-process, with the same settings.
 */
export async function openPgliteStore(options: {
  dataDir?: string;
  logger: Logger;
}): Promise<Store> {
  if (options.dataDir) await createPgliteDataDir(options.dataDir, options.logger);
  // After creation (initdb wants an empty folder), before a single page is read.
  const lock = options.dataDir ? lockDataDir(options.dataDir) : undefined;
  try {
    useBaselineWasmCompiler();
    const pg = await PGlite.create(options.dataDir, {
      startParams: pgliteStartParams(),
      initDbStartParams: pgliteInitdbParams(),
    });
    options.logger.info('Store opened', { kind: 'pglite', dataDir: options.dataDir ?? 'memory' });
    return new PgliteStore(pg, lock);
  } catch (error) {
    lock?.release();
    throw error;
  }
}

class PgliteStore implements Store {
  readonly kind = 'pglite';
  private readonly insideTransaction = new AsyncLocalStorage<{ open: boolean }>();

  constructor(
    private readonly pg: PGlite,
    private readonly lock?: DataDirLock,
  ) {}

  async query<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
    this.assertNotInsideTransaction();
    return (await this.pg.query<T>(sql, params)).rows;
  }

  async exec(sql: string): Promise<Row[]> {
    this.assertNotInsideTransaction();
    try {
      return lastRows(await this.pg.exec(sql));
    } catch (error) {
      // A failing script with its own BEGIN leaves the one shared session in an aborted
      // transaction; everything after it would fail until someone rolls back.
      if (this.pg.isInTransaction()) await this.pg.exec('ROLLBACK');
      throw error;
    }
  }

  async transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T> {
    this.assertNotInsideTransaction();
    const marker = { open: true };
    let tx: SqlSession | undefined;
    try {
      const result = await this.pg.transaction((raw) => {
        tx = pgliteTransaction(raw);
        trackTransaction(tx);
        return this.insideTransaction.run(marker, () => work(tx as SqlSession));
      });
      marker.open = false;
      if (tx) settleTransaction(tx, true);
      return result;
    } catch (error) {
      marker.open = false;
      if (tx) settleTransaction(tx, false);
      throw error;
    }
  }

  async close(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
    this.lock?.release();
  }

  private assertNotInsideTransaction(): void {
    if (this.insideTransaction.getStore()?.open) {
      throw new Error(
        'PGlite store used inside its own transaction: use the tx handle (this would deadlock)',
      );
    }
  }
}

function pgliteTransaction(raw: Transaction): SqlSession {
  const tx: SqlSession = {
    query: async <T = Row>(sql: string, params?: unknown[]) =>
      (await raw.query<T>(sql, params)).rows,
    exec: async (sql: string) => lastRows(await raw.exec(sql)),
    transaction: (work) => work(tx),
  };
  return tx;
}

function lastRows(results: Array<{ rows: Row[] }>): Row[] {
  return results.at(-1)?.rows ?? [];
}
