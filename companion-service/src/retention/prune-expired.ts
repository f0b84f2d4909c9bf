import { pruneInsights } from '../insights';
import type { Db } from '../store';
import { pruneProcessedEvents } from './prune-inbox';
import { pruneDeadLetterPayloads } from './prune-payloads';
import { pruneRunLogs } from './prune-run-logs';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneResult {
  before: string;
  inboxEvents: number;
  deadLetterPayloads: number;
  runLogs: Record<string, number>;
  /** Chart roll-ups: minute rows after 48 h, hour rows after `retentionDays` (insights/). */
  insightBuckets: number;
}

/**
 * Everything older than `retentionDays` that no flow needs any more. Bindings (contacts,
 * products, orders, payments, refunds, shipments, customers) and the audit log are kept
 * forever: they are what makes a redelivery or a resend a no-op. pg-boss prunes its own
 * archive (queue/boss-setup.ts, the same setting).
 */
export async function pruneExpired(
  db: Db,
  input: { retentionDays: number; now?: Date; batchSize?: number },
): Promise<PruneResult> {
  const before = new Date((input.now ?? new Date()).getTime() - input.retentionDays * DAY_MS);
  return {
    before: before.toISOString(),
    inboxEvents: await pruneProcessedEvents(db, before, input.batchSize),
    deadLetterPayloads: await pruneDeadLetterPayloads(db, before, input.batchSize),
    runLogs: await pruneRunLogs(db, before, input.batchSize),
    insightBuckets: await pruneInsights(db, {
      now: input.now ?? new Date(),
      retentionDays: input.retentionDays,
      batchSize: input.batchSize,
    }),
  };
}
