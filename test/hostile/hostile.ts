import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { type CompanionChild, companionChild } from './companion-child';
import { corpus } from './corpus';
import { idSetCases } from './corpus-brightpearl';
import { floodCases } from './corpus-flood';
import { oversizedCases, slowCases } from './corpus-slow';
import type { HostileCase, HostileContext } from './hostile-case';
import { authorizeUrl, connectBrightpearl, registeredWebhookPath } from './hostile-connect';
import { mishandledLines, resultLine } from './hostile-report';
import {
  ADMIN_ORIGIN,
  AUDIENCE,
  INSTALLATION_ID,
  type HostileSims,
  startHostileSims,
} from './hostile-sims';
import { editToken } from './admin-tokens';
import { checkOrders, startOrderLoad, waitSynced } from './order-load';
import { freePort } from './free-port';
import { type CaseResult, runCase } from './run-cases';

/**
 * `npm run test:hostile`: the companion as a real child process (OAuth mode, admin API, metrics
 * token, short server timeouts, rate limits set above the corpus's own traffic), attacked with
 * the corpus while a storefront keeps placing orders. Prints one JSON line last; exit 1 on any
 * mishandled case, crash, 5xx, or an order not in Brightpearl exactly once.
 */
async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-hostile-'));
  const port = await freePort();
  const sims = await startHostileSims({ dir, companionPort: port });
  const child = companionChild({
    repoRoot: resolve(__dirname, '../..'),
    env: sims.companionEnv,
    logFile: join(dir, 'companion.log'),
    port,
  });
  process.once('exit', () => child.killNow());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => process.exit(130));
  try {
    await child.start();
    const ctx = await prepare(child, sims);
    const lag = monitorEventLoopDelay();
    lag.enable();
    const load = startOrderLoad(sims, { everyMs: 1000 });
    const results = await attack(ctx, child);
    load.stop();
    const orders = await checkOrders(sims, [ctx.knownOrderGuid, ...load.placed], 150_000);
    const run = { results, crashes: child.exited ? 1 : 0, ...orders };
    // The simulators live in this process: a stall here would look like one of the companion.
    process.stderr.write(
      `orders placed during the corpus: ${load.placed.length + 1}; ` +
        `runner event-loop delay max ${Math.round(lag.max / 1e6)} ms\n`,
    );
    const line = resultLine(run);
    for (const text of mishandledLines(run, process.env['HOSTILE_VERBOSE'] === '1'))
      process.stderr.write(`${text}\n`);
    if (!line.ok) process.stderr.write(`companion log: ${join(dir, 'companion.log')}\n`);
    await child.stop();
    if (line.ok) rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`${JSON.stringify(line.json)}\n`);
    return line.ok ? 0 : 1;
  } finally {
    child.killNow();
    await sims.close();
  }
}

/** Connected over OAuth, webhooks registered, one order synced: the ordinary state of a shop. */
async function prepare(child: CompanionChild, sims: HostileSims): Promise<HostileContext> {
  const base = {
    port: child.port,
    shellPort: sims.shellPort,
    kenticoSecret: sims.secrets.kentico,
    adminSecret: sims.secrets.admin,
    adminOrigin: ADMIN_ORIGIN,
    audience: AUDIENCE,
    installationId: INSTALLATION_ID,
    opsToken: sims.secrets.metrics,
  };
  const edit = editToken({ ...base } as HostileContext);
  const { usedCallbackQuery } = await connectBrightpearl(child.url, edit);
  const webhookPath = await registeredWebhookPath(sims.brightpearl);
  const first = startOrderLoad(sims, { everyMs: 3_600_000 });
  first.place();
  await waitSynced(sims, first.placed[0]!, 60_000);
  first.stop();
  return {
    ...base,
    webhookPath,
    knownOrderGuid: first.placed[0]!,
    usedCallbackQuery,
    freshState: async () =>
      new URL(await authorizeUrl(child.url, edit)).searchParams.get('state') ?? '',
  };
}

/** `HOSTILE_ONLY=<regex>` runs the cases whose names match (for working on one surface). */
const only = new RegExp(process.env['HOSTILE_ONLY'] ?? '');
const selected = (cases: HostileCase[]) => cases.filter((item) => only.test(item.name));

/**
 * Slow senders hold their sockets in the background while the rest runs one by one; floods
 * last. After a case that left /healthz silent, the next waits until it answers again, so one
 * stall is charged to the case that caused it, not to the twenty after it.
 */
async function attack(ctx: HostileContext, child: CompanionChild): Promise<CaseResult[]> {
  const healthy = () =>
    fetch(`${child.url}/healthz`, { signal: AbortSignal.timeout(5_000) })
      .then((res) => res.ok)
      .catch(() => false);
  const alive = async () => !child.exited && (await healthy());
  const one = (item: HostileCase) => runCase(item, ctx, alive);
  const slow = Promise.all(selected([...slowCases(), ...oversizedCases()]).map(one));
  const results: CaseResult[] = [];
  const inTurn = async (cases: HostileCase[]) => {
    for (const item of cases) {
      if (child.exited) return;
      const result = await one(item);
      results.push(result);
      if (result.unresponsive) await waitUntil(alive, () => child.exited, 60_000);
    }
  };
  await inTurn(selected(corpus()));
  results.push(...(await slow));
  await inTurn(selected(idSetCases()));
  await inTurn(selected(floodCases()));
  return results;
}

async function waitUntil(ok: () => Promise<boolean>, gone: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone() && !(await ok())) await sleep(1_000);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
