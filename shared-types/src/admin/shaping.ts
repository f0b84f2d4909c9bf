import { z } from 'zod';

import { Finding } from '../shaping/checks';
import { TransformEntity } from '../shaping/transforms';
import { pageOf, Paging, Timestamp } from './common';

// Contracts of the configure-and-map screens: transform targets, expression tests, preview,
// and the Held list.

/** GET /transforms/targets: every field a transform may set, with what it expects. */
export const TransformTarget = z.object({
  entity: TransformEntity,
  /** The key in `transforms.<entity>`, e.g. "ref", "row.name", "customFields.PCF_SOURCE". */
  key: z.string(),
  label: z.string(),
  /** What the expression must yield. */
  type: z.enum(['string', 'integer', 'number', 'date']),
  description: z.string(),
  /** A target that accepts any `customFields.<CODE>`: the key shown is a pattern. */
  pattern: z.boolean().default(false),
});
export type TransformTarget = z.infer<typeof TransformTarget>;
export const TransformTargetList = z.array(TransformTarget);
export type TransformTargetList = z.infer<typeof TransformTargetList>;

/** POST /transforms/test: evaluate one expression against a sample record (no calls, nothing stored). */
export const TestExpressionRequest = z.object({
  entity: TransformEntity,
  key: z.string().max(120),
  expression: z.string().max(4000),
  /** A record id as in PreviewRequest; absent: the newest record of that kind. */
  sampleId: z.string().max(200).optional(),
});
export type TestExpressionRequest = z.infer<typeof TestExpressionRequest>;
export const TestExpressionResult = z.object({
  ok: z.boolean(),
  /** JSON of the value when ok. */
  value: z.unknown().optional(),
  /** In words a merchant understands, e.g. "Line 1: \"Ordr\" is not a field of the order". */
  error: z.string().optional(),
});
export type TestExpressionResult = z.infer<typeof TestExpressionResult>;

/**
 * POST /preview: the exact Brightpearl request the current configuration and `draft` would send
 * for a recent real record, side by side. Zero Brightpearl calls: ids come from the companion's
 * bindings and cached lookups; what is not known yet is shown as a placeholder with a note.
 */
export const PreviewRequest = z.object({
  entity: TransformEntity,
  /**
   * Order GUID (salesOrder; also contact: the customer of that order, whose billing address the
   * contact takes) or SKU (product: one catalog sync read recently). `GET /preview/samples`
   * lists the ids to use.
   */
  id: z.string().min(1).max(200),
  draft: z.unknown().optional(),
});
export type PreviewRequest = z.infer<typeof PreviewRequest>;

export const PreviewSide = z.object({
  mappingVersion: z.number().int().nullable(),
  /** The request body, or null when the record would not be sent (held, skipped, blocked, error). */
  body: z.unknown().nullable(),
  /** Extra requests after the create (note, custom fields), each as method, path and body. */
  followUps: z.array(z.object({ method: z.string(), path: z.string(), body: z.unknown() })),
  findings: z.array(Finding),
  decision: z.enum(['send', 'hold', 'skip', 'block', 'error']),
  /** Why a value is a placeholder, or the error that stopped the preview. */
  notes: z.array(z.string()),
  /** Where `body` goes when it is not a Brightpearl create (product: Kentico's PUT /products). */
  request: z
    .object({ system: z.enum(['brightpearl', 'kentico']), method: z.string(), path: z.string() })
    .optional(),
});
export type PreviewSide = z.infer<typeof PreviewSide>;

export const PreviewResult = z.object({
  entity: TransformEntity,
  id: z.string(),
  current: PreviewSide,
  draft: PreviewSide.nullable(),
  /** Always 0: counted from the client's meter, so a test can prove it. */
  brightpearlCalls: z.number().int(),
});
export type PreviewResult = z.infer<typeof PreviewResult>;

/** GET /preview/samples?entity=: recent records to preview (newest first). */
export const PreviewSamplesQuery = z.object({ entity: TransformEntity });
export const PreviewSample = z.object({
  id: z.string(),
  label: z.string(),
  at: Timestamp.nullable(),
});
export const PreviewSampleList = z.array(PreviewSample);
export type PreviewSample = z.infer<typeof PreviewSample>;

/** The Held list: orders a rule or a check set aside for a person to decide. */
export const HeldOrder = z.object({
  orderGuid: z.string(),
  orderNumber: z.string().nullable(),
  customerEmail: z.string().nullable(),
  heldAt: Timestamp,
  /** Plain-language reasons: the rules and checks that held it. */
  findings: z.array(Finding),
  mappingVersion: z.number().int().nullable(),
});
export type HeldOrder = z.infer<typeof HeldOrder>;

export const HeldQuery = Paging.extend({
  /** held (default): waiting; rejected / skipped: decided not to send. */
  state: z.enum(['held', 'rejected', 'skipped']).default('held'),
});
export type HeldQuery = z.infer<typeof HeldQuery>;
export const HeldPage = pageOf(
  HeldOrder.extend({
    /** The user id of who decided. */
    decidedBy: z.string().nullable(),
    /** Their full name, when one was recorded (the audit log); else show the id. */
    decidedByName: z.string().nullable(),
    decidedAt: Timestamp.nullable(),
    decisionReason: z.string().nullable(),
  }),
);
export type HeldPage = z.infer<typeof HeldPage>;

export const HeldParams = z.object({ orderGuid: z.guid() });
export type HeldParams = z.infer<typeof HeldParams>;
/** POST /held/{orderGuid}/approve: sent with the rules' other actions, without holding again. */
export const ApproveHeldRequest = z.object({ comment: z.string().max(1000).optional() });
export type ApproveHeldRequest = z.infer<typeof ApproveHeldRequest>;
/** POST /held/{orderGuid}/reject: never sent; the reason is recorded and audited. */
export const RejectHeldRequest = z.object({ reason: z.string().trim().min(1).max(1000) });
export type RejectHeldRequest = z.infer<typeof RejectHeldRequest>;
export const HeldDecision = z.object({
  orderGuid: z.string(),
  state: z.enum(['pending', 'rejected']),
});
export type HeldDecision = z.infer<typeof HeldDecision>;
