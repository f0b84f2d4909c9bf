import { parseArgs } from 'node:util';

/** The bench's knobs, from the command line (`npm run bench:peak -- --instances 3`). */
export interface PeakOptions {
  /** Companion processes on the one Postgres, behind one balancer. */
  instances: number;
  orders: number;
  /** The Brightpearl simulator's cap per rolling 60 s. */
  cap: number;
  /** The companions' BRIGHTPEARL_BUDGET_SHARE. */
  share: number;
  /** Orders Kentico places per second during the burst. */
  rate: number;
  /** Share of orders by a first-time customer. */
  newCustomers: number;
  /** How long to wait for the last order to reach Brightpearl before reporting it lost. */
  timeoutMs: number;
  /** The Postgres server; the bench creates (and drops) its own database there. */
  serverUrl: string;
  seed: number;
  logLevel: string;
}

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A positive finite number, or a message naming the option. */
function positive(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be > 0, got ${raw}`);
  return value;
}

export function parsePeakOptions(argv: string[], env: NodeJS.ProcessEnv): PeakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      instances: { type: 'string' },
      orders: { type: 'string' },
      cap: { type: 'string' },
      share: { type: 'string' },
      rate: { type: 'string' },
      'new-customers': { type: 'string' },
      'timeout-minutes': { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const orders = Math.round(positive('orders', values.orders, 1000));
  const share = positive('share', values.share, 0.8);
  const newCustomers = positive('new-customers', values['new-customers'], 0.4);
  if (share > 1 || newCustomers > 1) throw new Error('--share and --new-customers are 0–1');
  // Generous: today's flow clears ~50 orders a minute; five minutes of start-up slack on top.
  const timeoutMinutes = positive('timeout-minutes', values['timeout-minutes'], 5 + orders / 20);
  return {
    instances: Math.round(positive('instances', values.instances, 1)),
    orders,
    cap: Math.round(positive('cap', values.cap, 200)),
    share,
    rate: positive('rate', values.rate, 5),
    newCustomers,
    timeoutMs: timeoutMinutes * 60_000,
    serverUrl: env['TEST_DATABASE_URL'] || DEFAULT_SERVER,
    seed: Math.round(positive('seed', values.seed, 2026)),
    logLevel: env['PEAK_LOG_LEVEL'] || 'warn',
  };
}
