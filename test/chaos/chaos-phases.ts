import { setTimeout as sleep } from 'node:timers/promises';

import { mulberry32 } from '@bpkc/sandbox';

import { readStatus } from './chaos-checks';
import type { StrandedJobs } from './chaos-database';
import type { ChaosSims } from './chaos-sims';
import { type RunVerdict, verdictFingerprint } from './chaos-verdict';
import type { CompanionCluster } from './companion-cluster';

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
export async function waitForSyncedShop(sims: ChaosSims, url: string) {
  const ready = await poll(async () => {
    const status = await readStatus(url);
    if (status?.catalog.import?.status !== 'finished') return false;
    return sims.catalog.every((item) => sims.kentico.getStock(item.sku) !== undefined);
  }, 120_000);
  if (!ready) throw new Error('catalog import / first stock compare did not finish in 120 s');
}

/**
 * SIGKILLs the instances in turn at the scheduled moments and restarts each after a short,
 * seeded pause (1–3 s: a crash and the platform's restart). Resolves with the kills per
 * instance once the last one killed is up again.
 */
export async function runKills(
  cluster: CompanionCluster,
  input: { schedule: number[]; seed: number; startedAt: number },
): Promise<number[]> {
  const random = mulberry32(input.seed + 404);
  const kills = cluster.instances.map(() => 0);
  for (const [index, at] of input.schedule.entries()) {
    await sleep(Math.max(0, input.startedAt + at - Date.now()));
    const victim = index % cluster.size;
    await cluster.instances[victim]!.kill();
    kills[victim]! += 1;
    await sleep(1000 + Math.round(random() * 2000));
    await cluster.instances[victim]!.start();
  }
  return kills;
}

/**
 * Faults are off: waits (bounded) until every check passes, reading only the simulators, the
 * companion's GET /api/status (through the balancer) and pg-boss's job table. Stops early when
 * the figures have not moved for `stallMs` and no stranded job is still due to be handed back.
 * Returns the last verdict and the most stranded jobs seen at once.
 */
export async function waitForConvergence(
  probes: { check: () => Promise<RunVerdict>; stranded: () => Promise<StrandedJobs> },
  limits: { timeoutMs: number; stallMs: number },
) {
  let verdict: RunVerdict | undefined;
  let fingerprint = '';
  let changedAt = Date.now();
  let stalled = false;
  let mostStranded: StrandedJobs = { total: 0, unexpired: 0, byQueue: {} };
  const converged = await poll(
    async () => {
      verdict = await probes.check();
      const stranded = await probes.stranded();
      if (stranded.total > mostStranded.total) mostStranded = stranded;
      if (verdict.ok) return true;
      const now = verdictFingerprint(verdict);
      // A stranded job still to be handed back is progress to come, not a stall.
      if (now !== fingerprint || stranded.unexpired > 0)
        [fingerprint, changedAt] = [now, Date.now()];
      stalled = Date.now() - changedAt > limits.stallMs;
      return stalled;
    },
    limits.timeoutMs,
    2000,
  );
  return { verdict: verdict!, converged: converged && verdict!.ok, stalled, mostStranded };
}
