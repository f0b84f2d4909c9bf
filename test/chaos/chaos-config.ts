import type { BrightpearlSimulator, KenticoFaultPlan } from '@bpkc/sandbox';

/** The Brightpearl plan type, reached through the simulator until the index exports faults/. */
type BrightpearlFaultPlan = Parameters<BrightpearlSimulator['setFaults']>[0];

/**
 * The chaos run's knobs. Defaults are the run `npm run test:chaos` makes; a few can be overridden
 * from the environment to replay a failure (same CHAOS_SEED: same orders, faults and kill times).
 */
export interface ChaosConfig {
  seed: number;
  orders: number;
  /** Deliberately bad orders among them (half unknown SKU, half unmapped shipping method). */
  badOrders: number;
  ordersPerSecond: number;
  catalogSize: number;
  initialStock: number;
  /** Companion SIGKILLs during the load; the brief asks for at least 5. */
  kills: number;
  /** Brightpearl simulator cap per minute: high, so the run is about faults, not the budget. */
  cap: number;
  brightpearlFaults: BrightpearlFaultPlan;
  webhookDropRate: number;
  kenticoFaults: KenticoFaultPlan;
  convergeTimeoutMs: number;
  /** Companion processes sharing one Postgres (the issue asks for 3). */
  instances: number;
  /** Postgres the instances share; each run gets fresh schemas in it. */
  databaseUrl: string;
  /** Share of good orders placed already paid (payments flow, refund candidates). */
  paidShare: number;
  /** Share of orders given each lifecycle flow once they are in Brightpearl. */
  flowShares: FlowShares;
  /** Customers (with no order still to come) edited on both sides during the load. */
  customerUpdates: number;
  /** The instances' log level (their logs are kept when the run fails). */
  logLevel: string;
}

export interface FlowShares {
  shipments: number;
  statusesToBrightpearl: number;
  statusesToKentico: number;
  /** Of the paid orders: refunded in Kentico. */
  refunds: number;
  brightpearlCredits: number;
}

const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got ${raw}`);
  return value;
};

export function loadChaosConfig(): ChaosConfig {
  return {
    seed: num('CHAOS_SEED', 1),
    orders: num('CHAOS_ORDERS', 500),
    badOrders: num('CHAOS_BAD_ORDERS', 10),
    ordersPerSecond: num('CHAOS_ORDERS_PER_SECOND', 4),
    catalogSize: 100,
    initialStock: 80,
    kills: num('CHAOS_KILLS', 6),
    cap: 2000,
    brightpearlFaults: {
      throttle503: 0.05,
      error500: 0.05,
      reset: 0.05,
      errorAfterExecute: 0.02,
      slowMs: { rate: 0.02, ms: 2000 },
      timeout: 0.01,
    },
    webhookDropRate: 0.1,
    kenticoFaults: {
      error500: 0.05,
      reset: 0.05,
      errorAfterExecute: 0.02,
      slowMs: { rate: 0.02, ms: 2000 },
      eventDropRate: num('CHAOS_EVENT_DROP_RATE', 0.05),
    },
    convergeTimeoutMs: num('CHAOS_CONVERGE_SECONDS', 420) * 1000,
    instances: num('CHAOS_INSTANCES', 3),
    databaseUrl: process.env['CHAOS_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test',
    paidShare: 0.25,
    flowShares: {
      shipments: 0.2,
      statusesToBrightpearl: 0.1,
      statusesToKentico: 0.1,
      refunds: 0.4,
      brightpearlCredits: 0.1,
    },
    customerUpdates: num('CHAOS_CUSTOMER_UPDATES', 30),
    logLevel: process.env['CHAOS_LOG_LEVEL'] || 'info',
  };
}
