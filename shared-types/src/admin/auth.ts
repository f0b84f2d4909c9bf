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
  /** Issued at, unix seconds. The companion refuses tokens issued in the future (beyond clock skew). */
  iat: z.number().int().positive(),
  /**
   * The companion the token is for: the origin of its public URL (`https://host[:port]`, the
   * extension's CompanionUrl), or its ADMIN_TOKEN_AUDIENCE. A token for another companion is refused.
   */
  aud: z.string().min(1).max(200),
  /** The Kentico installation that minted it (INSTALLATION_ID on both sides). */
  iid: z.string().min(1).max(100),
});
export type AdminTokenClaims = z.infer<typeof AdminTokenClaims>;

/** The longest lifetime the companion accepts (`exp` at most this far in the future). */
export const ADMIN_TOKEN_MAX_LIFETIME_SECONDS = 900;

/** How far the Kentico server's clock may run ahead of the companion's (`iat` checks). */
export const ADMIN_TOKEN_CLOCK_SKEW_SECONDS = 60;
