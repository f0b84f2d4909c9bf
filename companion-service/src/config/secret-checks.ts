import { ConfigError } from './config-error';
import type { Env } from './env-schema';

/** Secrets we ask the operator to choose; the ones Brightpearl issues are not ours to judge. */
const CHOSEN_SECRETS = [
  'KENTICO_SHARED_SECRET',
  'KENTICO_SHARED_SECRET_PREVIOUS',
  'ADMIN_TOKEN_SECRET',
  'ADMIN_TOKEN_SECRET_PREVIOUS',
  'METRICS_TOKEN',
] as const;
type SecretName = (typeof CHOSEN_SECRETS)[number];

/** The doors each secret opens; a value may serve one role only. */
const ROLES: SecretName[][] = [
  ['ADMIN_TOKEN_SECRET', 'ADMIN_TOKEN_SECRET_PREVIOUS'],
  ['KENTICO_SHARED_SECRET', 'KENTICO_SHARED_SECRET_PREVIOUS'],
  ['METRICS_TOKEN'],
];

/** URLs that carry secrets or tokens: plain http would expose them on the network. */
const TLS_URLS = ['KENTICO_BRIDGE_URL', 'PUBLIC_URL', 'ADMIN_ORIGIN'] as const;

/** `openssl rand -hex 32` has 16 distinct characters; a typed or repeated phrase has few. */
const MIN_DISTINCT_CHARACTERS = 10;
const PLACEHOLDERS =
  /change-?_?me|changeit|replace-?_?me|placeholder|password|your-?_?secret|example/i;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * What makes a live configuration unsafe, each line naming the variable: guessable or reused
 * secrets, an all-zero or patterned encryption key, and http:// where TLS is needed. Loopback
 * URLs may stay http: the traffic never leaves the machine.
 */
export function insecureSettings(env: Env): string[] {
  return [...weakSecrets(env), ...reusedSecrets(env), ...weakKey(env), ...plainHttp(env)];
}

function weakSecrets(env: Env): string[] {
  return CHOSEN_SECRETS.flatMap((name) => {
    const value = env[name];
    if (value === undefined) return [];
    if (PLACEHOLDERS.test(value))
      return [`${name} looks like a placeholder: generate a random one`];
    if (new Set(value).size < MIN_DISTINCT_CHARACTERS || isRepeatedPattern(value)) {
      return [`${name} is too easy to guess (repeated characters): use openssl rand -hex 32`];
    }
    return [];
  });
}

/** True when the text is a short unit written over and over ("abcdabcd…", "0123…0123…"). */
function isRepeatedPattern(value: string): boolean {
  for (let unit = 1; unit <= value.length / 2; unit += 1) {
    if (value.length % unit === 0 && value.slice(unit) === value.slice(0, -unit)) return true;
  }
  return false;
}

/** One secret per role: a leak of one must not open another door. */
function reusedSecrets(env: Env): string[] {
  const problems: string[] = [];
  ROLES.forEach((role, index) => {
    for (const other of ROLES.slice(index + 1)) {
      for (const name of role) {
        const clash = other.find((candidate) => env[name] && env[candidate] === env[name]);
        if (clash) problems.push(`${name} must differ from ${clash} (one secret per role)`);
      }
    }
  });
  return problems;
}

function weakKey(env: Env): string[] {
  const key = env.TOKEN_ENCRYPTION_KEY;
  if (key === undefined || new Set(key).size >= MIN_DISTINCT_CHARACTERS) return [];
  return ['TOKEN_ENCRYPTION_KEY is not random (all zero or repeated bytes): openssl rand -hex 32'];
}

function plainHttp(env: Env): string[] {
  return TLS_URLS.flatMap((name) => {
    const value = env[name];
    if (value === undefined) return [];
    const url = new URL(value);
    if (url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname)) return [];
    return [`${name} must be https:// in live mode (http is allowed on loopback only)`];
  });
}

/**
 * Weak secrets and plain http refuse to start, unless ALLOW_INSECURE_CONFIG=true: then they are
 * returned, for the start to log as a warning.
 */
export function securityWaivers(env: Env): string[] | undefined {
  const problems = insecureSettings(env);
  if (problems.length === 0) return undefined;
  if (env.ALLOW_INSECURE_CONFIG) return problems;
  const lines = problems.map((problem) => `  ${problem}`).join('\n');
  throw new ConfigError(
    `Insecure configuration (ALLOW_INSECURE_CONFIG=true waives this for local development only):\n${lines}`,
  );
}
