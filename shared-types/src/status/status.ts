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
    /** Waiting in the Held list for a person (business rules and checks, ADR 0026). */
    held: z.number().int().optional(),
    /** Rejected by a person or skipped by a rule: never sent, not pending either. */
    notSent: z.number().int().optional(),
  }),
  deadLetters: z.record(z.string(), z.number().int()),
  brightpearl: z.object({
    callsMade: z.number().int(),
    throttled: z.number().int(),
    requestsRemaining: z.number().int().nullable(),
  }),
  queue: z.record(z.string(), z.number().int()),
  lastOrderSyncedAt: z.string().nullable(),
  stock: z.object({
    /** Brightpearl products announced as changed and not yet pushed to Kentico. */
    pendingProducts: z.number().int(),
    lastFullCompare: z
      .object({
        finishedAt: z.string(),
        skus: z.number().int(),
        drift: z.number().int(),
        calls: z.number().int(),
      })
      .nullable(),
  }),
  catalog: z.object({
    pendingProducts: z.number().int(),
    import: z
      .object({
        status: z.enum(['running', 'finished']),
        imported: z.number().int(),
        pages: z.number().int(),
      })
      .nullable(),
  }),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
