import { type AdminPermission, MappingConfig, type SyncStatus } from '@bpkc/shared-types';
import express, { type Express } from 'express';

import { createLookupService } from '../lookups';
import { type MappingSource, openMappingSource } from '../mapping';
import { createSilentLogger } from '../observability/logger';
import { createJobQueue, type JobQueue } from '../queue';
import { migrate, openStore, type Store } from '../store';
import { mintAdminToken } from './auth';
import type { AdminApiDeps } from './deps';
import { createAdminApiRouter } from './router';
import { createFakePlatforms, type FakePlatforms } from './test-fakes';

/** Test helper: the admin API over an in-memory store and a real (worker-less) job queue. */
export const SECRET = 'test-admin-secret-0123456789abcdef';
export const ADMIN_ORIGIN = 'https://shop-admin.example.com';
/** The key the harness's companion checks tokens against (audience and installation id). */
export const TOKEN_KEY = {
  secret: SECRET,
  audience: 'https://companion.example.com',
  installationId: 'shop-test',
};

export const MAPPING = MappingConfig.parse({
  version: 1,
  brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
  orderStatuses: { Pending: 3 },
  shippingMethods: { Standard: 1 },
  taxCodes: { '20': 'T20' },
  currencies: ['GBP'],
});

export interface Harness {
  app: Express;
  store: Store;
  queue: JobQueue;
  /** The mapping as a running instance's jobs would read it (seeded with MAPPING). */
  mappings: MappingSource;
  /** The platforms behind lookups and the connection endpoints (count calls, can fail). */
  platforms: FakePlatforms;
  close(): Promise<void>;
}

export async function openHarness(
  options: { deps?: Partial<AdminApiDeps> } = {},
): Promise<Harness> {
  const logger = createSilentLogger();
  const store = await openStore({ logger });
  await migrate(store, logger);
  const queue = createJobQueue({ store, logger });
  await queue.start();
  const mappings = await openMappingSource({ db: store, initial: MAPPING });
  const platforms = createFakePlatforms();
  const app = express();
  const router = createAdminApiRouter({
    db: store,
    queue,
    status: async () => stubStatus(await queue.depths()),
    adminToken: TOKEN_KEY,
    adminOrigin: ADMIN_ORIGIN,
    logger,
    lookups: createLookupService({ ...platforms, logger }),
    connection: platforms.connection,
    orderLinkTemplate: 'https://bp.example.com/{accountCode}/order/{orderId}',
    ...options.deps,
  });
  app.use('/api/v1', router);
  const close = async () => {
    await queue.stop();
    await store.close();
  };
  return { app, store, queue, mappings, platforms, close };
}

export function token(
  permissions: AdminPermission[] = ['view', 'edit'],
  overrides: { exp?: number; sub?: string; name?: string } = {},
): string {
  const exp = overrides.exp ?? Math.floor(Date.now() / 1000) + 300;
  const { sub = 'alice', name } = overrides;
  return mintAdminToken(TOKEN_KEY, { sub, name, permissions, exp });
}

export const bearer = (value = token()) => `Bearer ${value}`;

/** Jobs pg-boss holds for one queue (the queue has no workers in these tests). */
export async function jobsOf(store: Store, queue: string): Promise<unknown[]> {
  const rows = await store.query<{ data: unknown }>(
    `SELECT data FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
    [queue],
  );
  return rows.map((row) => row.data);
}

export async function addDeadLetter(
  store: Store,
  letter: { flow: string; recordKey: string; reason: string; message?: string },
): Promise<number> {
  const [row] = await store.query<{ id: number }>(
    `INSERT INTO dead_letters (flow, record_key, reason, message, payload)
     VALUES ($1, $2, $3, $4, '{"job":1}'::jsonb) RETURNING id`,
    [letter.flow, letter.recordKey, letter.reason, letter.message ?? 'it failed'],
  );
  return Number(row!.id);
}

function stubStatus(queue: Record<string, number>): SyncStatus {
  return {
    mode: 'sandbox',
    startedAt: '2026-01-01T00:00:00.000Z',
    orders: { received: 0, synced: 0, pending: 0, failed: 0 },
    deadLetters: {},
    brightpearl: { callsMade: 12, throttled: 0, requestsRemaining: 188 },
    queue,
    lastOrderSyncedAt: null,
    stock: { pendingProducts: 0, lastFullCompare: null },
    catalog: { pendingProducts: 0, import: null },
  };
}
