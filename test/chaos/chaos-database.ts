import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** The run's own schemas in the shared Postgres, so runs (and other suites) never collide. */
export const chaosSchema = () => `chaos_${randomBytes(5).toString('hex')}`;

/**
 * Scheduled work across the cluster, from the `scheduled_runs` table every instance writes one
 * row to per run of a scheduled job (job, slot_start, owner, started_at, outcome). The same
 * figure as the companion's maxRunsPerInterval(), read with SQL from outside: the most runs any
 * job had in one interval, 1 when each runs once per cluster (0: nothing ran, also a failure).
 */
export interface ScheduledRuns {
  maxPerInterval: number | null;
  /** Runs per job over the whole run, to show that several intervals passed. */
  byJob: Record<string, number>;
  /** Every row by outcome, the failed and abandoned runs included. */
  byOutcome: Record<string, number>;
  /** Intervals per job with more than one run (job → slots), when any. */
  repeated: Array<{ job: string; slotStart: string; runs: number; owners: string[] }>;
  /** Why the figure could not be read (e.g. the table does not exist). */
  error?: string;
}

export async function readScheduledRuns(url: string, schema: string): Promise<ScheduledRuns> {
  return withClient(url, async (client) => {
    const table = await client.query<{ found: string | null }>(`SELECT to_regclass($1) AS found`, [
      `${schema}.scheduled_runs`,
    ]);
    if (!table.rows[0]?.found)
      return {
        maxPerInterval: null,
        byJob: {},
        byOutcome: {},
        repeated: [],
        error: `${schema}.scheduled_runs does not exist`,
      };
    // As maxRunsPerInterval counts them: failed runs (retried) and abandoned ones (a crash cut
    // them short, a later holder redid the slot) did not complete the interval's work.
    const slots = await client.query<{
      job: string;
      slot_start: Date;
      runs: number;
      owners: string[];
    }>(
      `SELECT job, slot_start, count(*)::int AS runs, array_agg(owner) AS owners
         FROM ${schema}.scheduled_runs WHERE outcome IN ('running', 'done')
         GROUP BY job, slot_start`,
    );
    const outcomes = await client.query<{ outcome: string; runs: number }>(
      `SELECT outcome, count(*)::int AS runs FROM ${schema}.scheduled_runs GROUP BY outcome`,
    );
    const byOutcome = Object.fromEntries(outcomes.rows.map((row) => [row.outcome, row.runs]));
    const byJob: Record<string, number> = {};
    for (const slot of slots.rows) byJob[slot.job] = (byJob[slot.job] ?? 0) + slot.runs;
    return {
      maxPerInterval: slots.rows.reduce((max, slot) => Math.max(max, slot.runs), 0),
      byJob,
      byOutcome,
      repeated: slots.rows
        .filter((slot) => slot.runs > 1)
        .map((slot) => ({
          job: slot.job,
          slotStart: new Date(slot.slot_start).toISOString(),
          runs: slot.runs,
          owners: slot.owners,
        })),
    };
  }).catch((error: unknown) => ({
    maxPerInterval: null,
    byJob: {},
    byOutcome: {},
    repeated: [],
    error: error instanceof Error ? error.message : String(error),
  }));
}

/**
 * pg-boss jobs active for over 30 s: on a SIGKILLed instance they stay 'active' until their
 * expireIn passes, and only then does another instance get them. `unexpired` of them will still
 * be handed back, so waiting for convergence is not over while it is above 0.
 */
export interface StrandedJobs {
  total: number;
  unexpired: number;
  byQueue: Record<string, number>;
}

export async function readStrandedJobs(url: string, schema: string): Promise<StrandedJobs> {
  const rows = await withClient(url, (client) =>
    client.query<{ name: string; jobs: number; unexpired: number }>(
      `SELECT name, count(*)::int AS jobs,
              count(*) FILTER (WHERE started_on + expire_in > now())::int AS unexpired
         FROM ${schema}_pgboss.job
        WHERE state = 'active' AND started_on < now() - interval '30 seconds'
        GROUP BY name`,
    ),
  ).catch(() => ({ rows: [] }));
  return {
    total: rows.rows.reduce((sum, row) => sum + row.jobs, 0),
    unexpired: rows.rows.reduce((sum, row) => sum + row.unexpired, 0),
    byQueue: Object.fromEntries(rows.rows.map((row) => [row.name, row.jobs])),
  };
}

/** Fails early, naming the setting, when the shared Postgres cannot be reached. */
export async function assertPostgres(url: string): Promise<void> {
  await withClient(url, (client) => client.query('SELECT 1')).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The chaos run needs Postgres at ${url} (CHAOS_DATABASE_URL): ${reason}`);
  });
}

/** Drops the run's schemas (the store's and pg-boss's). */
export async function dropChaosSchemas(url: string, schema: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
  });
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
