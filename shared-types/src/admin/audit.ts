import { z } from 'zod';

import { pageOf, Paging, Timestamp } from './common';

/** One operator action (who, what, when, on which record, with what details). */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  /** The user's id (the admin token's `sub`), or the service itself for what no person did. */
  actor: z.string(),
  /** The user's full name when the token carried one; null for older entries and system actors. */
  actorName: z.string().nullable(),
  action: z.string(),
  target: z.string(),
  details: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** GET /audit: newest first; `target` narrows to one record (e.g. "order:{guid}"). */
export const AuditQuery = Paging.extend({ target: z.string().max(200).optional() });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;
