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
 * record (`targetKind`), or one record (`target`, exact).
 */
export const AuditSearch = AuditQuery.extend({
  action: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'an action such as "failure.replay"')
    .optional(),
  targetKind: z.enum(AUDIT_TARGET_KINDS).optional(),
});
export type AuditSearch = z.infer<typeof AuditSearch>;
