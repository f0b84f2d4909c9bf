import type { AdminApiDeps } from './deps';

/**
 * Admin dependencies for reading the routes' contracts only: every optional feature present, so
 * every route is declared, and nothing real behind them. A route's handler is never called with
 * these; building the route list only stores them in closures.
 */
export function contractOnlyDeps(overrides: Partial<AdminApiDeps> = {}): AdminApiDeps {
  const fields = overrides as Record<PropertyKey, unknown>;
  return new Proxy(fields, {
    get: (target, key) => (key in target ? target[key] : key === 'then' ? undefined : standIn),
  }) as unknown as AdminApiDeps;
}

/** Any property of it, or any call, is itself; converted to text, it is empty. */
const standIn: unknown = new Proxy(() => standIn, {
  get: (_target, key) => {
    if (key === Symbol.toPrimitive) return () => '';
    return key === 'then' ? undefined : standIn;
  },
  apply: () => standIn,
});
