import type { CompanionConfig } from './config';
import { ConfigError } from './config-error';
import type { Env } from './env-schema';

/** Both or neither: one without the other would silently leave the admin API switched off. */
export function adminSettings(env: Env): CompanionConfig['admin'] {
  const { ADMIN_TOKEN_SECRET: tokenSecret, ADMIN_ORIGIN: origin } = env;
  if (tokenSecret && origin) {
    return {
      tokenSecret,
      previousTokenSecret: env.ADMIN_TOKEN_SECRET_PREVIOUS,
      origin,
      ...tokenScope(env),
    };
  }
  if (!tokenSecret && !origin) return undefined;
  const missing = tokenSecret ? 'ADMIN_ORIGIN' : 'ADMIN_TOKEN_SECRET';
  throw new ConfigError(
    `ADMIN_TOKEN_SECRET and ADMIN_ORIGIN turn the admin API on together: ${missing} is missing`,
  );
}

/** What every admin token must name: this companion and this installation (ADR 0018). */
function tokenScope(env: Env): { audience: string; installationId: string } {
  const audience = env.ADMIN_TOKEN_AUDIENCE ?? (env.PUBLIC_URL && new URL(env.PUBLIC_URL).origin);
  if (!env.INSTALLATION_ID) {
    throw new ConfigError(
      'INSTALLATION_ID is required with ADMIN_TOKEN_SECRET: admin tokens name the installation they are for',
    );
  }
  if (!audience) {
    throw new ConfigError('ADMIN_TOKEN_AUDIENCE or PUBLIC_URL is required with ADMIN_TOKEN_SECRET');
  }
  return { audience, installationId: env.INSTALLATION_ID };
}
