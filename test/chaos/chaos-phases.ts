import { setTimeout as sleep } from 'node:timers/promises';

import { mulberry32 } from '@bpkc/sandbox';

import { evaluate, readStatus, type Verdict } from './chaos-checks';
import type { ChaosConfig } from './chaos-config';
import type { PlacedOrders } from './chaos-load';
import type { ChaosSims } from './chaos-sims';
import type { CompanionProcess } from './companion-process';

/** Polls `check` every `everyMs` until it holds or `timeoutMs` passes; returns whether it held. */
async function poll(check: () => Promise<boolean>, timeoutMs: number, everyMs = 1000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}

/**
 * Before any fault: the first catalog import has bound every SKU and the first full compare has
 * given Kentico its stock figures, so the run starts from a synced shop as a merchant's would.
 */
export async function waitForSyncedShop(sims: ChaosSims, companion: CompanionProcess) {
  const ready = await poll(async () => {
    const status = await readStatus(companion.url);
    if (status?.catalog.import?.status !== 'finished') return false;
    return sims.catalog.every((item) => sims.kentico.getStock(item.sku) !== undefined);
  }, 120_000);
  if (!ready) throw new Error('catalog import / first stock compare did not finish in 120 s');
}

/**
 * SIGKILLs the companion at the scheduled moments and restarts it after a short, seeded pause
 * (1–3 s: a crash and the platform's restart). Resolves with the number of kills once the
 * companion is up again after the last one.
 */
export async function runKills(
  companion: CompanionProcess,
  input: { schedule: number[]; seed: number; startedAt: number },
): Promise<number> {
  const random = mulberry32(input.seed + 404);
  let kills = 0;
  for (const at of input.schedule) {
    await sleep(Math.max(0, input.startedAt + at - Date.now()));
    await companion.kill();
    kills += 1;
    await sleep(1000 + Math.round(random() * 2000));
    await companion.start();
  }
  return kills;
}

/**
 * Faults are off: waits (bounded) until every check passes, reading only the simulators and the
 * companion's GET /api/status. Returns the last verdict, converged or not.
 */
export async function waitForConvergence(
  sims: ChaosSims,
  input: { placed: PlacedOrders; companion: CompanionProcess; config: ChaosConfig },
): Promise<{ verdict: Verdict; converged: boolean }> {
  let verdict: Verdict | undefined;
  const converged = await poll(
    async () => {
      verdict = evaluate(sims, input.placed, await readStatus(input.companion.url));
      return verdict.ok;
    },
    input.config.convergeTimeoutMs,
    2000,
  );
  return { verdict: verdict!, converged };
}
