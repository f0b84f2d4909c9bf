import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { editToken, viewToken } from '../../hostile/admin-tokens';
import { companionChild } from '../../hostile/companion-child';
import { freePort } from '../../hostile/free-port';
import type { HostileContext } from '../../hostile/hostile-case';
import { connectBrightpearl, registeredWebhookPath } from '../../hostile/hostile-connect';
import {
  ADMIN_ORIGIN,
  AUDIENCE,
  INSTALLATION_ID,
  startHostileSims,
} from '../../hostile/hostile-sims';
import { startOrderLoad, waitSynced } from '../../hostile/order-load';
import { signEvent } from '../../hostile/signing';
import { adminSessions } from './admin-session';
import { burst, closeAgent, Tally } from './traffic';

/**
 * `npm run bench:rate-limits`: the companion as a real process with the DEFAULT rate limits
 * (none of the RATE_LIMIT_* settings given). First ordinary traffic, all at once — merchant users
 * with every admin screen open, a Brightpearl goods-in burst of stock webhooks, a flash sale's
 * Kentico events — none of which may be throttled; then floods, each of which must be.
 */
const USERS = Number(process.env['BENCH_ADMIN_USERS'] ?? 6);
const ADMIN_MS = Number(process.env['BENCH_ADMIN_SECONDS'] ?? 65) * 1000;
const BP_DELIVERIES = Number(process.env['BENCH_BP_DELIVERIES'] ?? 10_000);
const KENTICO_EVENTS = Number(process.env['BENCH_KENTICO_EVENTS'] ?? 2_000);
const FLOOD = 1_000;

const progress = (text: string) => process.stderr.write(`[rate-limits] ${text}\n`);

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-rate-limits-'));
  const port = await freePort();
  const sims = await startHostileSims({ dir, companionPort: port });
  const env = Object.fromEntries(
    Object.entries(sims.companionEnv).filter(([key]) => !key.startsWith('RATE_LIMIT_')),
  );
  const child = companionChild({
    repoRoot: resolve(__dirname, '../../..'),
    env,
    logFile: join(dir, 'companion.log'),
    port,
  });
  process.once('exit', () => child.killNow());
  try {
    await child.start();
    const ctx = {
      port,
      adminSecret: sims.secrets.admin,
      audience: AUDIENCE,
      installationId: INSTALLATION_ID,
      adminOrigin: ADMIN_ORIGIN,
    } as HostileContext;
    await connectBrightpearl(child.url, editToken(ctx));
    const webhookPath = await registeredWebhookPath(sims.brightpearl);
    const first = startOrderLoad(sims, { everyMs: 3_600_000 });
    first.place();
    const orderGuid = first.placed[0]!;
    await waitSynced(sims, orderGuid, 60_000);
    first.stop();
    const tallies = { admin: new Tally(), brightpearl: new Tally(), kentico: new Tally() };
    progress(
      `ordinary traffic: ${USERS} admin users for ${ADMIN_MS / 1000} s, ${BP_DELIVERIES} Brightpearl deliveries, ${KENTICO_EVENTS} Kentico events`,
    );
    const ticker = setInterval(
      () =>
        progress(
          `admin ${tallies.admin.total()}, Brightpearl ${tallies.brightpearl.total()}, Kentico ${tallies.kentico.total()} sent`,
        ),
      10_000,
    );
    const [, bpMs, kenticoMs] = await Promise.all([
      adminSessions({
        port,
        users: USERS,
        durationMs: ADMIN_MS,
        authorization: () => viewToken(ctx).authorization,
        orderGuid,
        tally: tallies.admin,
      }),
      burst(
        port,
        { count: BP_DELIVERIES, parallel: 32, call: (i) => brightpearlDelivery(webhookPath, i) },
        tallies.brightpearl,
      ),
      burst(
        port,
        {
          count: KENTICO_EVENTS,
          parallel: 16,
          call: () => kenticoEvent(sims.secrets.kentico, orderGuid),
        },
        tallies.kentico,
      ),
    ]);
    clearInterval(ticker);
    progress('floods: forged Kentico events, admin calls without a token, webhook token guesses');
    const floods = { kentico: new Tally(), admin: new Tally(), guesses: new Tally() };
    await burst(
      port,
      {
        count: FLOOD,
        parallel: 32,
        call: () => ({ ...kenticoEvent('not-the-secret', orderGuid) }),
      },
      floods.kentico,
    );
    await burst(
      port,
      { count: FLOOD, parallel: 32, call: () => ({ method: 'GET', path: '/api/v1/overview' }) },
      floods.admin,
    );
    await burst(
      port,
      {
        count: FLOOD,
        parallel: 32,
        call: (i) => brightpearlDelivery(webhookPath.replace(/[^/]+$/, `guess${i}`), i),
      },
      floods.guesses,
    );
    const ordinary = Object.values(tallies);
    const flooded = Object.values(floods);
    const result = {
      adminUsers: USERS,
      adminRequests: tallies.admin.total(),
      adminPeakPerMinute: tallies.admin.peakPerMinute(),
      admin429: tallies.admin.count(429),
      brightpearlDeliveries: tallies.brightpearl.total(),
      brightpearlPerSecond: Math.round(BP_DELIVERIES / (bpMs / 1000)),
      brightpearl429: tallies.brightpearl.count(429),
      kenticoEvents: tallies.kentico.total(),
      kenticoPerSecond: Math.round(KENTICO_EVENTS / (kenticoMs / 1000)),
      kentico429: tallies.kentico.count(429),
      floodRequests: flooded.reduce((sum, t) => sum + t.total(), 0),
      flood429: Object.fromEntries(Object.entries(floods).map(([name, t]) => [name, t.count(429)])),
      serverErrors: [...ordinary, ...flooded].reduce((sum, t) => sum + t.serverErrors(), 0),
      crashes: child.exited ? 1 : 0,
    };
    const unexpected = [
      ...ordinary.flatMap((t, i) =>
        t.count(429) > 0 ? [`${Object.keys(tallies)[i]} throttled`] : [],
      ),
      ...flooded.flatMap((t, i) =>
        t.count(429) === 0 ? [`${Object.keys(floods)[i]} flood not throttled`] : [],
      ),
      ...ordinary.flatMap((t, i) => wrongStatuses(t, Object.keys(tallies)[i]!)),
      ...(result.serverErrors > 0 ? ['5xx answers'] : []),
      ...(result.crashes > 0 ? ['the companion exited'] : []),
    ];
    for (const line of unexpected) progress(`UNEXPECTED: ${line}`);
    await child.stop();
    if (unexpected.length === 0) rmSync(dir, { recursive: true, force: true });
    else progress(`companion log: ${join(dir, 'companion.log')}`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return unexpected.length === 0 ? 0 : 1;
  } finally {
    child.killNow();
    closeAgent();
    await sims.close();
  }
}

/** Ordinary traffic must be accepted: 200/202 (an admin GET of a detail may also be a 404). */
function wrongStatuses(tally: Tally, family: string): string[] {
  const wrong = [...tally.statuses].filter(([code]) => ![200, 202, 404].includes(code));
  return wrong.map(([code, n]) => `${family}: ${n} answered ${code}`);
}

function brightpearlDelivery(path: string, index: number) {
  const body = JSON.stringify({
    accountCode: 'sandbox',
    resourceType: 'product',
    id: String(1 + (index % 20)),
    lifecycleEvent: 'modified',
    fullEvent: 'product.modified.on-hand-modified',
    raisedOn: new Date().toISOString(),
    brightpearlVersion: '1',
  });
  return { method: 'POST' as const, path, headers: { 'content-type': 'application/json' }, body };
}

function kenticoEvent(secret: string, orderGuid: string) {
  const body = JSON.stringify({
    eventId: randomUUID(),
    type: 'order.updated',
    objectGuid: orderGuid,
    occurredAt: new Date().toISOString(),
  });
  return {
    method: 'POST' as const,
    path: '/webhooks/kentico',
    headers: signEvent(secret, body),
    body,
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
