import type { SyncStatus } from '@bpkc/shared-types';
import type { Express } from 'express';

import type { BrightpearlClient } from '../brightpearl';
import { ConnectionHealth } from '../observability/connection-health';
import { createSilentLogger, type Logger } from '../observability/logger';
import { createMetrics, type Metrics } from '../observability/metrics';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { createApp } from './app';
import type { HttpHardening } from '../config/http-settings';

export const METRICS_TOKEN = 'metrics-token-0123456789abcdef-0123456789';

/**
 * Test helper: the companion's real HTTP app over stand-ins that answer the health probes and
 * /api/status; intake routes are only reached with wrong tokens (401 before any store work).
 */
export function hardenedTestApp(
  hardening: HttpHardening & { mode: 'sandbox' | 'live' },
  /** A real store, a logger that records, metrics to read back (access-log tests). */
  parts: { db?: Db; logger?: Logger; metrics?: Metrics } = {},
): Express {
  const db = parts.db ?? ({ query: async () => [] } as unknown as Db);
  const queue = { depths: async () => ({}) } as unknown as JobQueue;
  const brightpearl = {
    stats: () => ({ requestsRemaining: 10, inWindow: 2, allowance: 160 }),
  } as unknown as BrightpearlClient;
  return createApp({
    db,
    queue,
    brightpearl,
    logger: parts.logger ?? createSilentLogger(),
    kenticoSecret: 'kentico-secret-0123456789abcdef-0123456789',
    identity: { installationId: 'install-1', token: 'webhook-token' },
    status: async () => ({ mode: hardening.mode }) as unknown as SyncStatus,
    health: new ConnectionHealth(),
    metrics: parts.metrics ?? createMetrics(),
    hardening,
  });
}
