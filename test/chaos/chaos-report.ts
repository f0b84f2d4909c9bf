import { deadLetterSurplus } from './chaos-checks';
import type { ChaosConfig } from './chaos-config';
import type { ScheduledRuns } from './chaos-database';
import type { LifecycleLog } from './chaos-flows';
import type { PlacedOrders } from './chaos-load';
import type { faultTotals } from './chaos-sims';
import type { RunVerdict } from './chaos-verdict';

/** The brief asks for at least this many SIGKILLs, spread over the instances. */
const MIN_KILLS = 5;

/**
 * The run's one JSON line (earlier fields kept, for comparisons across runs) and whether it
 * passed: every check green, enough kills, and every scheduled job once per interval.
 */
export function resultLine(input: {
  config: ChaosConfig;
  placed: PlacedOrders;
  log: LifecycleLog;
  verdict: RunVerdict;
  scheduled: ScheduledRuns;
  kills: number[];
  faults: ReturnType<typeof faultTotals>;
  extra: Record<string, unknown>;
}): { ok: boolean; json: Record<string, unknown> } {
  const { config, placed, verdict, scheduled } = input;
  const kills = input.kills.reduce((sum, count) => sum + count, 0);
  const flows = Object.values(verdict.flows);
  const ok = verdict.ok && kills >= MIN_KILLS && scheduled.maxPerInterval === 1;
  const json = {
    ok,
    orders: config.orders,
    goodOrders: placed.good.length,
    badOrders: placed.bad.size,
    instances: config.instances,
    kills,
    killsByInstance: input.kills,
    faultsInjected: input.faults.total,
    lost: flows.reduce((sum, flow) => sum + flow.lost, 0),
    duplicated: flows.reduce((sum, flow) => sum + flow.duplicated, 0),
    wrong: flows.reduce((sum, flow) => sum + flow.wrong, 0),
    flows: verdict.flows,
    duplicateContacts: verdict.duplicateContacts,
    scheduledRunsPerInterval: scheduled.maxPerInterval,
    scheduledRuns: scheduled.byJob,
    scheduledRunOutcomes: scheduled.byOutcome,
    ...(scheduled.error ? { scheduledRunsError: scheduled.error } : {}),
    notWrittenBack: verdict.orders.notWrittenBack.length,
    wrongWriteBack: verdict.orders.wrongWriteBack.length,
    deadLetters: verdict.orders.deadLetters,
    expectedDeadLetters: verdict.orders.expectedDeadLetters,
    unexpectedDeadLetters: deadLetterSurplus(verdict.orders),
    staleStock: verdict.orders.staleStock.length,
    lifecycleRefused: input.log.refused,
    cap: config.cap,
    seed: config.seed,
    faults: input.faults.byKind,
    ...input.extra,
  };
  return { ok, json };
}

/** The failing records, on stderr, and where the logs and the database schemas were kept. */
export function failureReport(input: {
  verdict: RunVerdict;
  scheduled: ScheduledRuns;
  dir: string;
  schema: string;
}) {
  const { verdict, scheduled } = input;
  const sample = <T>(list: T[]) => list.slice(0, 10);
  return {
    lost: sample(verdict.orders.lost),
    duplicated: sample(verdict.orders.duplicated),
    notWrittenBack: sample(verdict.orders.notWrittenBack),
    wrongWriteBack: sample(verdict.orders.wrongWriteBack),
    badInBrightpearl: verdict.orders.badInBrightpearl,
    staleStock: sample(verdict.orders.staleStock),
    flows: Object.fromEntries(
      Object.entries(verdict.problems).map(([flow, problems]) => [flow, sample(problems)]),
    ),
    scheduledRepeated: sample(scheduled.repeated),
    ...(scheduled.error ? { scheduledRunsError: scheduled.error } : {}),
    kept: { logs: input.dir, schemas: [input.schema, `${input.schema}_pgboss`] },
  };
}
