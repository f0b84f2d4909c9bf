import { z } from 'zod';

/** GET /api/status: what the demo prints and the admin overview will show. */
export const SyncStatus = z.object({
  mode: z.enum(['sandbox', 'live']),
  startedAt: z.string(),
  orders: z.object({
    received: z.number().int(),
    synced: z.number().int(),
    pending: z.number().int(),
    failed: z.number().int(),
  }),
  deadLetters: z.record(z.string(), z.number().int()),
  brightpearl: z.object({
    callsMade: z.number().int(),
    throttled: z.number().int(),
    requestsRemaining: z.number().int().nullable(),
  }),
  queue: z.record(z.string(), z.number().int()),
  lastOrderSyncedAt: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
