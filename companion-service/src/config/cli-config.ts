import { z } from 'zod';

import { ConfigError } from './config-error';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** What `npm run config` reads from the environment: where the companion is, how to sign. */
const CliEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  /** A ready admin token (e.g. one the sandbox's /admin shell minted); wins over signing. */
  ADMIN_TOKEN: optionalText,
  ADMIN_TOKEN_SECRET: optionalText.pipe(z.string().min(32).optional()),
  ADMIN_TOKEN_AUDIENCE: optionalText,
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  INSTALLATION_ID: optionalText,
});

export interface CliConfig {
  defaultUrl: string;
  token?: string;
  /** Present when a token can be signed here, as the Kentico admin does (ADR 0018). */
  signing?: { secret: string; audience: string; installationId: string };
}

export function loadCliConfig(source: Record<string, string | undefined> = process.env): CliConfig {
  const parsed = CliEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const audience = env.ADMIN_TOKEN_AUDIENCE ?? (env.PUBLIC_URL && new URL(env.PUBLIC_URL).origin);
  const signing =
    env.ADMIN_TOKEN_SECRET && audience && env.INSTALLATION_ID
      ? { secret: env.ADMIN_TOKEN_SECRET, audience, installationId: env.INSTALLATION_ID }
      : undefined;
  return { defaultUrl: `http://127.0.0.1:${env.PORT}`, token: env.ADMIN_TOKEN, signing };
}
