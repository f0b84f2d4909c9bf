import { type AdminTokenClaims } from '@bpkc/shared-types';
import { mintAdminToken } from '@bpkc/companion-service';

/**
 * The two sandbox users the shell can sign in as (`?as=viewer`): what the C# pages do for a
 * Kentico user with the application's VIEW permission, with or without UPDATE.
 */
export const SHELL_USERS = {
  admin: { sub: 'sandbox-admin', name: 'Sandbox administrator', permissions: ['view', 'edit'] },
  viewer: { sub: 'sandbox-viewer', name: 'Sandbox viewer', permissions: ['view'] },
} as const satisfies Record<string, Omit<AdminTokenClaims, 'exp'>>;

export type ShellUserName = keyof typeof SHELL_USERS;

export const isShellUser = (value: unknown): value is ShellUserName =>
  typeof value === 'string' && Object.hasOwn(SHELL_USERS, value);

export interface MintedToken {
  adminToken: string;
  tokenExpiresAt: string;
}

/** A token as the C# `RefreshAdminToken` page command returns it. */
export function mintShellToken(options: {
  secret: string;
  user: ShellUserName;
  lifetimeSeconds: number;
}): MintedToken {
  const exp = Math.floor(Date.now() / 1000) + options.lifetimeSeconds;
  const { sub, name, permissions } = SHELL_USERS[options.user];
  const adminToken = mintAdminToken(options.secret, {
    sub,
    name,
    permissions: [...permissions],
    exp,
  });
  return { adminToken, tokenExpiresAt: new Date(exp * 1000).toISOString() };
}
