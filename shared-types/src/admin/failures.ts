import { z } from 'zod';

import { DeadLetterReason } from '../status/dead-letter';
import { pageOf, Paging, Timestamp } from './common';
import { FailureHint } from './failure-fixes';

/** An open dead letter, with where the admin shows its record (e.g. `/orders/{guid}`). */
export const Failure = z.object({
  id: z.number().int(),
  flow: z.string(),
  recordKey: z.string(),
  reason: DeadLetterReason,
  message: z.string(),
  payload: z.unknown(),
  createdAt: Timestamp,
  link: z.string(),
  /** The order's number when the failure is an order's (the GUID stays in recordKey). */
  orderNumber: z.string().nullable().default(null),
  hint: FailureHint,
});
export type Failure = z.infer<typeof Failure>;

export const FailureListQuery = Paging.extend({
  reason: DeadLetterReason.optional(),
  flow: z.string().min(1).max(50).optional(),
});
export type FailureListQuery = z.infer<typeof FailureListQuery>;

export const FailurePage = pageOf(Failure);
export type FailurePage = z.infer<typeof FailurePage>;

export const FailureGroup = z.object({ reason: DeadLetterReason, count: z.number().int() });
export type FailureGroup = z.infer<typeof FailureGroup>;
export const FailureGroups = z.array(FailureGroup);
export type FailureGroups = z.infer<typeof FailureGroups>;

export const FailureIdParams = z.object({ id: z.coerce.number().int().positive() });
export type FailureIdParams = z.infer<typeof FailureIdParams>;

/** POST /failures/replay: every open failure of this reason (optionally of one flow). */
export const ReplayAllRequest = z.object({
  reason: DeadLetterReason,
  flow: z.string().min(1).max(50).optional(),
});
export type ReplayAllRequest = z.infer<typeof ReplayAllRequest>;

export const DiscardRequest = z.object({ comment: z.string().trim().min(1).max(1000) });
export type DiscardRequest = z.infer<typeof DiscardRequest>;

/** What a replay did: failures resolved with the job started, and failures left open. */
export const ReplayResult = z.object({
  replayed: z.array(
    z.object({
      id: z.number().int(),
      flow: z.string(),
      recordKey: z.string(),
      jobId: z.string().nullable(),
    }),
  ),
  skipped: z.array(z.object({ id: z.number().int(), flow: z.string(), why: z.string() })),
  /** Open failures of the reason beyond this call's batch: call again. */
  remaining: z.number().int(),
});
export type ReplayResult = z.infer<typeof ReplayResult>;

export const DiscardResult = z.object({ id: z.number().int(), discarded: z.literal(true) });
export type DiscardResult = z.infer<typeof DiscardResult>;
