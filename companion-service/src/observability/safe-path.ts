/**
 * A request path fit for logs and telemetry: no query string (OAuth codes, search terms) and no
 * secret path segments. The Brightpearl callback carries its webhook token in the path itself,
 * so anything under that prefix is reported as the route pattern only.
 */
const SECRET_PATH_PREFIXES = [
  { prefix: '/webhooks/brightpearl/', pattern: '/webhooks/brightpearl/:installationId/:token' },
];

/** Longer paths are cut: a path is for finding the route, not for carrying data. */
const MAX_PATH_LENGTH = 200;

export function safePath(rawUrl: string): string {
  const path = rawUrl.split(/[?#]/, 1)[0] ?? '';
  const secret = SECRET_PATH_PREFIXES.find(({ prefix }) => path.startsWith(prefix));
  if (secret) return secret.pattern;
  return path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH)}…` : path;
}

/** The platform's probes: answered often, interesting only when they fail. */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);
