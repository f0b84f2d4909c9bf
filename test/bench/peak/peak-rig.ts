import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { type Balancer, startBalancer } from '../../chaos/chaos-balancer';
import { loadChaosConfig } from '../../chaos/chaos-config';
import { type ChaosSims, startChaosSims } from '../../chaos/chaos-sims';
import { type CompanionCluster, companionCluster } from '../../chaos/companion-cluster';
import { waitForImportedShop } from './peak-shop';
import { createPeakDatabase, type PeakDatabase } from './peak-database';
import type { PeakOptions } from './peak-options';
import { type EventTap, startEventTap } from './peak-tap';

/** Enough products that a burst spreads over many SKUs, as a promotion's basket does. */
const CATALOG_SIZE = 200;
/** No product sells out during the burst: this measures the flow, not stock-outs. */
const INITIAL_STOCK = 1_000;
/**
 * The chaos run's short schedules make many intervals pass in one run; here the companions run
 * on their production defaults (sweeps, reconcile, stock compare, coalescing, payment batching),
 * so what they spend on Brightpearl is what a real shop's peak would cost.
 */
const CHAOS_ONLY_SETTINGS = [
  'SYNC_COALESCE_MS',
  'STOCK_FULL_COMPARE_MINUTES',
  'SWEEP_SECONDS',
  'RECONCILE_SECONDS',
  'RECONCILE_GRACE_SECONDS',
  'PAYMENT_BATCH_WAIT_MS',
];

export interface PeakRig {
  sims: ChaosSims;
  cluster: CompanionCluster;
  balancer: Balancer;
  tap: EventTap;
  /** Folder of the companions' logs; kept when `keepLogs` (a failed run), else removed. */
  dir: string;
  close(keepLogs?: boolean): Promise<void>;
}

/**
 * Postgres (a fresh database), both simulators in this process, N companion processes behind
 * the chaos run's balancer, and the event tap in front of it for Kentico's outbox. Resolves once
 * the shop is in its steady state (catalog imported, stock in Kentico): the burst starts warm.
 */
export async function startPeakRig(options: PeakOptions): Promise<PeakRig> {
  const database = await createPeakDatabase(options.serverUrl);
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-peak-'));
  const targets: string[] = [];
  const parts: Partial<PeakRig> & { database: PeakDatabase } = { database };
  const close = (keepLogs = false) => closeAll(parts, { dir, keepLogs });
  // Ctrl-C: stop the companions and drop the database rather than leave them behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      process.stderr.write(`interrupted: companion logs kept in ${dir}\n`);
      void close(true).finally(() => process.exit(130));
    });
  try {
    parts.balancer = await startBalancer(() => targets);
    const config = {
      ...loadChaosConfig(),
      seed: options.seed,
      cap: options.cap,
      catalogSize: CATALOG_SIZE,
      initialStock: INITIAL_STOCK,
      databaseUrl: database.url,
      logLevel: options.logLevel,
    };
    const where = { dir, publicUrl: parts.balancer.url, databaseSchema: 'peak' };
    parts.sims = await startChaosSims(config, where);
    const balancerUrl = parts.balancer.url;
    parts.tap = await startEventTap(() => balancerUrl);
    parts.sims.kentico.setCompanionEventsUrl(`${parts.tap.url}/webhooks/kentico`);
    const env: Record<string, string> = {
      ...parts.sims.companionEnv,
      BRIGHTPEARL_BUDGET_SHARE: String(options.share),
    };
    for (const name of CHAOS_ONLY_SETTINGS) delete env[name];
    parts.cluster = await companionCluster({
      size: options.instances,
      repoRoot: resolve(__dirname, '../../..'),
      env,
      dir,
    });
    targets.push(...parts.cluster.urls);
    // No orphan companion if this script dies: they would hold the database open.
    const cluster = parts.cluster;
    process.once('exit', () => cluster.killNow());
    await cluster.start();
    await waitForImportedShop(parts.sims, parts.balancer.url);
    return { ...(parts as PeakRig), dir, close };
  } catch (error) {
    await close(true);
    throw error;
  }
}

async function closeAll(
  parts: Partial<PeakRig> & { database: PeakDatabase },
  logs: { dir: string; keepLogs: boolean },
) {
  await parts.cluster?.stop().catch(() => parts.cluster?.killNow());
  await parts.tap?.close();
  await parts.balancer?.close();
  await parts.sims?.close();
  await parts.database.drop();
  if (!logs.keepLogs) rmSync(logs.dir, { recursive: true, force: true });
}
