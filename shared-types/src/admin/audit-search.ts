import { z } from 'zod';

import { AuditQuery } from './audit';

/** What an audit row's target names before its colon (`order:{guid}`, `failure:12`, …). */
export const AUDIT_TARGET_KINDS = [
  'order',
  'failure',
  'mapping',
  'suggestion',
  'job',
  'connection',
] as const;

/**
 * GET /audit with the Audit screen's filters: one action (e.g. `failure.replay`), one kind of
 * record (`targetKind`), one record (`target`, exact) and/or one person (`who`).
 */
export const AuditSearch = AuditQuery.extend({
  action: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'an action such as "failure.replay"')
    .optional(),
  targetKind: z.enum(AUDIT_TARGET_KINDS).optional(),
  /** A person: part of their full name or of their user id, in any case. */
  who: z.string().trim().min(1).max(200).optional(),
});
export type AuditSearch = z.infer<typeof AuditSearch>;
