import { z } from 'zod';

/** 'view' reads everything; 'edit' may also replay, discard, resend and change mappings. */
export const AdminPermission = z.enum(['view', 'edit']);
export type AdminPermission = z.infer<typeof AdminPermission>;

/**
 * The claims of the short-lived admin token the Kentico admin mints for its signed-in user:
 * `base64url(JSON claims) + "." + base64url(HMAC-SHA256(secret, first part))`.
 */
export const AdminTokenClaims = z.object({
  /** The Kentico user (e.g. the user name or GUID); written to the audit log. */
  sub: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  permissions: z.array(AdminPermission),
  /** Expiry, unix seconds. The companion refuses tokens that live longer than 15 minutes. */
  exp: z.number().int().positive(),
});
export type AdminTokenClaims = z.infer<typeof AdminTokenClaims>;

/** The longest lifetime the companion accepts (`exp` at most this far in the future). */
export const ADMIN_TOKEN_MAX_LIFETIME_SECONDS = 900;
