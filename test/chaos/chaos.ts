import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { type Progress, startProgress } from '../bench/bench-progress';
import { startBalancer } from './chaos-balancer';
import { readStatus } from './chaos-checks';
import { type ChaosConfig, loadChaosConfig } from './chaos-config';
import {
  assertPostgres,
  chaosSchema,
  dropChaosSchemas,
  readScheduledRuns,
  readStrandedJobs,
} from './chaos-database';
import { emptyLifecycleLog } from './chaos-flows';
import { startLifecycle } from './chaos-lifecycle';
import { emptyPlacedOrders, killSchedule, placeOrders, startStockActivity } from './chaos-load';
import { runKills, waitForConvergence, waitForSyncedShop } from './chaos-phases';
import { resultLine, failureReport } from './chaos-report';
import { type ChaosSims, faultTotals, setChaosFaults, startChaosSims } from './chaos-sims';
import { evaluateRun } from './chaos-verdict';
import { type CompanionCluster, companionCluster } from './companion-cluster';
import { recoveryTracker, reportingKills } from './chaos-recovery';

/** After the last order: second shipments and late flows still run with faults (and kills) on. */
const TAIL_MS = 15_000;
/** Figures unchanged this long after the faults stop: converging has stalled, stop waiting. */
const STALL_MS = 120_000;

/**
 * `npm run test:chaos`: 500 orders, their lifecycle (shipments, statuses both ways, payments,
 * refunds, credits, customer edits) and stock changes, with faults on in both simulators while
 * the companion instances (real child processes sharing one Postgres, behind one balancer) are
 * SIGKILLed and restarted; then faults off, convergence, and the checks. One JSON line on
 * stdout; exit 1 on any loss, duplicate, duplicate contact, stale stock, unexpected dead letter
 * or scheduled job run more than once in one interval.
 */
async function main(): Promise<number> {
  const started = Date.now();
  const config = loadChaosConfig();
  await assertPostgres(config.databaseUrl);
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-chaos-'));
  const schema = chaosSchema();
  // The instances' addresses are known once the cluster exists, after the simulators.
  const targets: string[] = [];
  const balancer = await startBalancer(() => targets);
  const sims = await startChaosSims(config, {
    dir,
    publicUrl: balancer.url,
    databaseSchema: schema,
  });
  const companions = await companionCluster({
    size: config.instances,
    repoRoot: resolve(__dirname, '../..'),
    env: sims.companionEnv,
    dir,
  });
  targets.push(...companions.urls);
  // No orphan on any exit path: a crash of this script, Ctrl-C, or a normal end.
  process.once('exit', () => companions.killNow());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => process.exit(130));
  const progress = startProgress('test:chaos');
  const synced = async () => (await readStatus(balancer.url))?.orders.synced ?? 0;
  try {
    progress.phase({ name: 'starting the shop', done: synced, unit: 'orders synced' });
    await companions.start();
    await waitForSyncedShop(sims, balancer.url);
    // Times each kill's restart until the dead instance's jobs run again (ADR 0016).
    const recovery = recoveryTracker(config.databaseUrl, schema);
    const { placed, log, kills, stockCorrections, faults } = await underFire(
      sims,
      reportingKills(companions, recovery),
      { config, progress, synced },
    );
    const convergeStarted = Date.now();
    progress.phase({
      name: 'converging (faults off)',
      done: synced,
      total: placed.count,
      unit: 'orders synced',
    });
    const { verdict, converged, stalled, mostStranded } = await waitForConvergence(
      {
        check: async () =>
          evaluateRun(sims, { placed, log, status: await readStatus(balancer.url) }),
        stranded: () => readStrandedJobs(config.databaseUrl, schema),
      },
      { timeoutMs: config.convergeTimeoutMs, stallMs: STALL_MS },
    );
    const convergeSeconds = Math.round((Date.now() - convergeStarted) / 1000);
    await companions.stop();
    const scheduled = await readScheduledRuns(config.databaseUrl, schema);
    const line = resultLine({
      config,
      placed,
      log,
      verdict,
      scheduled,
      kills,
      faults,
      extra: {
        ...(await recovery.summary().then(({ recoverySecondsAfterKill, byKill }) => ({
          recoverySecondsAfterKill,
          recoveryByKill: byKill.map((kill) => kill.seconds),
        }))),
        stockCorrections,
        converged,
        stalled,
        // Jobs a SIGKILL left 'active': no instance retries them before their expireIn.
        strandedJobs: mostStranded.byQueue,
        convergeSeconds,
        unexpectedCompanionExits: companions.unexpectedExits,
        unroutedRequests: balancer.unrouted,
        seconds: Math.round((Date.now() - started) / 1000),
      },
    });
    console.log(JSON.stringify(line.json));
    if (!line.ok) {
      console.error(JSON.stringify(failureReport({ verdict, scheduled, dir, schema })));
    } else {
      rmSync(dir, { recursive: true, force: true });
      await dropChaosSchemas(config.databaseUrl, schema);
    }
    return line.ok ? 0 : 1;
  } finally {
    progress.stop();
    companions.killNow();
    await balancer.close();
    await sims.close();
  }
}

/**
 * Faults on, orders placed, their lifecycle driven, warehouse activity, and the instances
 * SIGKILLed in turn; then faults off. Returns what was done, for the checks.
 */
async function underFire(
  sims: ChaosSims,
  companions: CompanionCluster,
  input: { config: ChaosConfig; progress: Progress; synced: () => Promise<number> },
) {
  const { config } = input;
  setChaosFaults(sims, config, true);
  const loadStarted = Date.now();
  const loadMs = (config.orders / config.ordersPerSecond) * 1000;
  const stopStock = startStockActivity(sims, config);
  const placed = emptyPlacedOrders();
  input.progress.phase({
    name: 'under fire',
    done: () => placed.count,
    total: config.orders,
    unit: 'orders placed',
    extra: async () => `synced ${await input.synced()}`,
  });
  const log = emptyLifecycleLog();
  const lifecycle = startLifecycle(sims, { config, placed, log, loadMs });
  const killing = runKills(companions, {
    schedule: killSchedule(config, loadMs + TAIL_MS),
    seed: config.seed,
    startedAt: loadStarted,
  });
  await placeOrders(sims, config, placed);
  await sleep(Math.max(0, loadStarted + loadMs + TAIL_MS - Date.now()));
  lifecycle.stop();
  const kills = await killing;
  const stockCorrections = stopStock();
  const faults = faultTotals(sims);
  setChaosFaults(sims, config, false);
  return { placed, log, kills, stockCorrections, faults };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
