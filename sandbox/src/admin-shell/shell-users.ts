import { type AdminTokenClaims } from '@bpkc/shared-types';
import { type AdminTokenKey, mintAdminToken } from '@bpkc/companion-service';

/**
 * The two sandbox users the shell can sign in as (`?as=viewer`): what the C# pages do for a
 * Kentico user with the application's VIEW permission, with or without UPDATE.
 */
/** What the C# minter knows: the secret, the companion (`aud`) and the installation (`iid`). */
export type ShellTokenKey = Omit<AdminTokenKey, 'previousSecret'>;

export const SHELL_USERS = {
  admin: { sub: 'sandbox-admin', name: 'Sandbox administrator', permissions: ['view', 'edit'] },
  viewer: { sub: 'sandbox-viewer', name: 'Sandbox viewer', permissions: ['view'] },
} as const satisfies Record<string, Omit<AdminTokenClaims, 'exp' | 'iat' | 'aud' | 'iid'>>;

export type ShellUserName = keyof typeof SHELL_USERS;

export const isShellUser = (value: unknown): value is ShellUserName =>
  typeof value === 'string' && Object.hasOwn(SHELL_USERS, value);

export interface MintedToken {
  adminToken: string;
  tokenExpiresAt: string;
}

/** A token as the C# `RefreshAdminToken` page command returns it. */
export function mintShellToken(options: {
  key: ShellTokenKey;
  user: ShellUserName;
  lifetimeSeconds: number;
}): MintedToken {
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + options.lifetimeSeconds;
  const { sub, name, permissions } = SHELL_USERS[options.user];
  const adminToken = mintAdminToken(options.key, {
    sub,
    name,
    permissions: [...permissions],
    exp,
    iat,
  });
  return { adminToken, tokenExpiresAt: new Date(exp * 1000).toISOString() };
}
