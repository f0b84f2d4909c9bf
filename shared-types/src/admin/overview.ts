import { z } from 'zod';

import { Timestamp } from './common';

/**
 * What the companion can tell about one connection without spending budget on a probe:
 * `ok` = recent calls succeeded, `degraded` = a sign of trouble (detail says which),
 * `down` = calls get no answer, `unauthorised` = credentials refused, `unknown` = no call yet.
 */
export const ConnectionHealth = z.object({
  status: z.enum(['ok', 'degraded', 'down', 'unauthorised', 'unknown']),
  lastSuccessAt: Timestamp.nullable(),
  detail: z.string().nullable(),
});
export type ConnectionHealth = z.infer<typeof ConnectionHealth>;

/** When each flow last succeeded (null = never). */
export const FlowLastSuccess = z.object({
  orders: Timestamp.nullable(),
  orderWriteBack: Timestamp.nullable(),
  stockPush: Timestamp.nullable(),
  stockFullCompare: Timestamp.nullable(),
  shipments: Timestamp.nullable(),
  payments: Timestamp.nullable(),
  refunds: Timestamp.nullable(),
  creditsFromBrightpearl: Timestamp.nullable(),
  orderStatus: Timestamp.nullable(),
  customers: Timestamp.nullable(),
});
export type FlowLastSuccess = z.infer<typeof FlowLastSuccess>;

/** GET /overview: the admin dashboard in one read. */
export const Overview = z.object({
  generatedAt: Timestamp,
  mode: z.enum(['sandbox', 'live']),
  startedAt: Timestamp,
  connections: z.object({ brightpearl: ConnectionHealth, kentico: ConnectionHealth }),
  /** Brightpearl's shared request budget: our calls since start, what the account has left. */
  brightpearlBudget: z.object({
    used: z.number().int(),
    left: z.number().int().nullable(),
    throttled: z.number().int(),
  }),
  /** Unfinished jobs per queue and dead-letter queue. */
  queues: z.record(z.string(), z.number().int()),
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
  /** Orders synced to Brightpearl in the last hour and day. */
  throughput: z.object({ lastHour: z.number().int(), lastDay: z.number().int() }),
  /** Open failures per reason code. */
  failures: z.record(z.string(), z.number().int()),
  lastSuccess: FlowLastSuccess,
});
export type Overview = z.infer<typeof Overview>;
