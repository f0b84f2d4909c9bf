import { viewToken } from './admin-tokens';
import { ADMIN_LIMIT, FLOOD_MARGIN, WEBHOOK_LIMIT } from './hostile-limits';
import type { HostileCase, HostileContext } from './hostile-case';
import { encodeRequest, exchange, type Outcome } from './raw-http';

/** Fires `count` requests, `parallel` at a time; the outcome is 429 if any was throttled. */
async function flood(
  ctx: HostileContext,
  count: number,
  request: (ctx: HostileContext) => Buffer,
): Promise<Outcome> {
  const started = Date.now();
  const statuses: number[] = [];
  const parallel = 100;
  for (let sent = 0; sent < count; sent += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - sent) }, () =>
      exchange(ctx.port, request(ctx)),
    );
    statuses.push(...(await Promise.all(batch)).map((outcome) => outcome.status ?? 0));
  }
  const worst = statuses.find((code) => code >= 500);
  const throttled = statuses.includes(429);
  return {
    status: worst ?? (throttled ? 429 : statuses[0]),
    headers: {},
    closed: false,
    timedOut: false,
    ms: Date.now() - started,
  };
}

// The limiter's window is fixed, not rolling: a burst that straddles a reset splits in two, so
// only more than twice the limit is sure to exceed it within one window.
const ADMIN_FLOOD = 2 * ADMIN_LIMIT + FLOOD_MARGIN;
const WEBHOOK_FLOOD = WEBHOOK_LIMIT + FLOOD_MARGIN;
const local = (request: Parameters<typeof encodeRequest>[0]) => encodeRequest(request, '127.0.0.1');

/** Floods run last: they are meant to trip the limits the normal cases must never hit. */
export const floodCases = (): HostileCase[] => [
  {
    name: `flood: ${ADMIN_FLOOD} admin API calls in a burst are throttled (429)`,
    surface: 'flood',
    run: (ctx) =>
      flood(ctx, ADMIN_FLOOD, (c) =>
        local({ method: 'GET', path: '/api/v1/nope', headers: viewToken(c) }),
      ),
    expect: { status: [429] },
  },
  {
    name: `flood: ${ADMIN_FLOOD} OAuth callbacks with guessed states are throttled (429)`,
    surface: 'flood',
    run: (ctx) =>
      flood(ctx, ADMIN_FLOOD, () =>
        local({ method: 'GET', path: '/oauth/brightpearl/callback?code=a&state=guess' }),
      ),
    expect: { status: [429] },
  },
  {
    name: `flood: ${WEBHOOK_FLOOD} webhook token guesses are throttled (429)`,
    surface: 'flood',
    run: (ctx) =>
      flood(ctx, WEBHOOK_FLOOD, (c) =>
        local({
          method: 'POST',
          path: c.webhookPath.replace(/[^/]+$/, 'guess'),
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
      ),
    expect: { status: [429] },
  },
];
