import type { Db } from '../store';
import { pruneInBatches } from './batches';

/** What a pruned payload reads as: the row (flow, record, reason, dates) stays. */
export const PRUNED_PAYLOAD = { pruned: true } as const;

/**
 * Resolved dead letters resolved before the cutoff lose their payload (the order or event
 * that failed, which may hold personal data); the row stays as the record's failure history.
 */
const PRUNE_RESOLVED_DEAD_LETTER_PAYLOADS = `
UPDATE dead_letters SET payload = '${JSON.stringify(PRUNED_PAYLOAD)}'::jsonb WHERE id IN (
  SELECT id FROM dead_letters
  WHERE resolved_at < $1::timestamptz AND payload <> '${JSON.stringify(PRUNED_PAYLOAD)}'::jsonb
  LIMIT $2)
RETURNING id`;

export function pruneDeadLetterPayloads(db: Db, before: Date, batchSize?: number): Promise<number> {
  return pruneInBatches(db, { sql: PRUNE_RESOLVED_DEAD_LETTER_PAYLOADS, before, batchSize });
}
