import type { Db } from '../store';
import { pruneBucketBatch } from './insight-store';
import { DAY_MS, MINUTE_RETENTION_MS } from './series';

/** Minute rows after 48 hours, hour rows after RETENTION_DAYS; in short batches. */
export async function pruneInsights(
  db: Db,
  input: { now: Date; retentionDays: number; batchSize?: number },
): Promise<number> {
  const batchSize = input.batchSize ?? 1_000;
  const cutoffs = [
    { grain: 'minute' as const, before: new Date(input.now.getTime() - MINUTE_RETENTION_MS) },
    {
      grain: 'hour' as const,
      before: new Date(input.now.getTime() - input.retentionDays * DAY_MS),
    },
  ];
  let total = 0;
  for (const cutoff of cutoffs) {
    for (;;) {
      const deleted = await pruneBucketBatch(db, { ...cutoff, batchSize });
      total += deleted;
      if (deleted < batchSize) break;
    }
  }
  return total;
}
