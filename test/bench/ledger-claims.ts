/**
 * Claim latency of the shared Brightpearl send ledger (ADR 0020): three "instances" (each its
 * own store pool, as three processes would have) claim and finish on one Postgres, first paced
 * at the peak's rate (10 claims/s in all), then as fast as they can. Prints one JSON line.
 * Usage: tsx --conditions=source test/bench/ledger-claims.ts [postgres-url]
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { createSilentLogger, migrate, openStore, type Store } from '@bpkc/companion-service';

import { createPostgresBudgetLedger } from '../../companion-service/src/budget-ledger';

const url =
  process.argv[2] ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const logger = createSilentLogger();

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return Math.round(value * 100) / 100;
}

function summary(latencies: number[], seconds: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    claims: sorted.length,
    claimsPerSecond: Math.round(sorted.length / seconds),
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: percentile(sorted, 1),
  };
}

/** Each instance claims (a limit nobody reaches), then finishes, `perInstance` times. */
async function run(stores: Store[], perInstance: number, gapMs: number) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    stores.map(async (store, i) => {
      const ledger = createPostgresBudgetLedger(store, { windowMs: 60_000, instanceId: `b${i}` });
      for (let n = 0; n < perInstance; n++) {
        const t0 = performance.now();
        const claim = await ledger.claim({ limit: 1_000_000, priority: 3 });
        latencies.push(performance.now() - t0);
        if (claim.granted) await ledger.finish(claim.ticket);
        if (gapMs > 0) await sleep(gapMs);
      }
    }),
  );
  return summary(latencies, (performance.now() - started) / 1_000);
}

async function main() {
  const schema = `ledger_bench_${randomBytes(4).toString('hex')}`;
  const stores: Store[] = [];
  for (let i = 0; i < 3; i++) stores.push(await openStore({ databaseUrl: url, schema, logger }));
  try {
    await migrate(stores[0] as Store, logger);
    const paced = await run(stores, 50, 300); // ~3.3/s per instance, 10/s in all
    const flat = await run(stores, 300, 0);
    console.log(JSON.stringify({ instances: 3, paced, flatOut: flat }));
  } finally {
    await stores[0]?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await Promise.all(stores.map((store) => store.close()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
