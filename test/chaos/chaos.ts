import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { deadLetterSurplus, duplicateContacts, type Verdict } from './chaos-checks';
import { loadChaosConfig } from './chaos-config';
import { killSchedule, placeOrders, startStockActivity } from './chaos-load';
import { runKills, waitForConvergence, waitForSyncedShop } from './chaos-phases';
import { faultTotals, setChaosFaults, startChaosSims } from './chaos-sims';
import { companionProcess } from './companion-process';

/**
 * `npm run test:chaos`: 500 orders and stock changes with faults on in both simulators while the
 * companion (a real child process) is SIGKILLed and restarted; then faults off, convergence, and
 * the checks. One JSON line on stdout; exit 1 on any loss, duplicate, stale stock or unexpected
 * dead letter.
 */
async function main(): Promise<number> {
  const started = Date.now();
  const config = loadChaosConfig();
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-chaos-'));
  const sims = await startChaosSims(config, { dir, companionPort: await freePort() });
  const companion = companionProcess({
    repoRoot: resolve(__dirname, '../..'),
    env: sims.companionEnv,
    logFile: join(dir, 'companion.log'),
  });
  // No orphan on any exit path: a crash of this script, Ctrl-C, or a normal end.
  process.once('exit', () => companion.killNow());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => process.exit(130));
  try {
    await companion.start();
    await waitForSyncedShop(sims, companion);
    setChaosFaults(sims, config, true);
    const loadStarted = Date.now();
    const loadMs = (config.orders / config.ordersPerSecond) * 1000;
    const stopStock = startStockActivity(sims, config);
    const killing = runKills(companion, {
      schedule: killSchedule(config, loadMs),
      seed: config.seed,
      startedAt: loadStarted,
    });
    const placed = await placeOrders(sims, config);
    const kills = await killing;
    const stockCorrections = stopStock();
    const faults = faultTotals(sims);
    setChaosFaults(sims, config, false);
    const convergeStarted = Date.now();
    const { verdict, converged } = await waitForConvergence(sims, { placed, companion, config });
    await companion.stop();
    const ok = verdict.ok && kills >= 5;
    const line = {
      orders: config.orders,
      goodOrders: placed.good.length,
      badOrders: placed.bad.size,
      kills,
      faultsInjected: faults.total,
      lost: verdict.lost.length,
      duplicated: verdict.duplicated.length,
      notWrittenBack: verdict.notWrittenBack.length,
      wrongWriteBack: verdict.wrongWriteBack.length,
      deadLetters: verdict.deadLetters,
      expectedDeadLetters: verdict.expectedDeadLetters,
      unexpectedDeadLetters: deadLetterSurplus(verdict),
      staleStock: verdict.staleStock.length,
      stockCorrections,
      duplicateContacts: duplicateContacts(sims),
      converged,
      convergeSeconds: Math.round((Date.now() - convergeStarted) / 1000),
      unexpectedCompanionExits: companion.unexpectedExits,
      cap: config.cap,
      seed: config.seed,
      faults: faults.byKind,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(JSON.stringify(line));
    if (!ok) report(verdict, dir);
    else rmSync(dir, { recursive: true, force: true });
    return ok ? 0 : 1;
  } finally {
    companion.killNow();
    await sims.close();
  }
}

/** The failing records, on stderr, and where the companion's log and data folder were kept. */
function report(verdict: Verdict, dir: string): void {
  const sample = <T>(list: T[]) => list.slice(0, 10);
  console.error(
    JSON.stringify({
      lost: sample(verdict.lost),
      duplicated: sample(verdict.duplicated),
      notWrittenBack: sample(verdict.notWrittenBack),
      wrongWriteBack: sample(verdict.wrongWriteBack),
      badInBrightpearl: verdict.badInBrightpearl,
      staleStock: sample(verdict.staleStock),
      kept: dir,
    }),
  );
}

/** A free loopback port, fixed for the whole run so every restart keeps the same address. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
