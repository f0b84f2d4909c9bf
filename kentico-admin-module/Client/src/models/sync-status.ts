/**
 * Browser-side mirror of the `SyncStatus` zod schema in shared-types/src/status/status.ts
 * (GET {companionUrl}/api/status). Kept as a plain interface so zod stays out of the admin bundle;
 * update both together.
 */
export type SyncMode = 'sandbox' | 'live';

export interface SyncStatus {
  mode: SyncMode;
  startedAt: string;
  orders: {
    received: number;
    synced: number;
    pending: number;
    failed: number;
  };
  /** Dead-lettered jobs counted by reason. */
  deadLetters: Record<string, number>;
  brightpearl: {
    callsMade: number;
    throttled: number;
    /** null until Brightpearl has reported a remaining-requests header. */
    requestsRemaining: number | null;
  };
  queue: Record<string, number>;
  lastOrderSyncedAt: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cheap structural check of the top level, so a wrong answer shows an error instead of crashing. */
export function isSyncStatus(value: unknown): value is SyncStatus {
  return (
    isRecord(value) &&
    (value.mode === 'sandbox' || value.mode === 'live') &&
    typeof value.startedAt === 'string' &&
    isRecord(value.orders) &&
    isRecord(value.deadLetters) &&
    isRecord(value.brightpearl) &&
    isRecord(value.queue) &&
    (value.lastOrderSyncedAt === null || typeof value.lastOrderSyncedAt === 'string')
  );
}
