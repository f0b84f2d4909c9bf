/**
 * Every durable queue the companion uses, with its failure policy. A handler that throws a
 * retryable error is retried by pg-boss after a delay; a permanent error, or the failure of the
 * last of `retryLimit` retries, becomes a `dead_letters` row (queue/failure-path.ts). pg-boss
 * still copies a job that failed for the last time to `deadLetter`; the failure path reads that
 * queue too, so a job failed outside a handler (crash, expiry, stop) is recorded all the same.
 *
 * Backoff (pg-boss 10, `failJobs` in its plans.js): retry n waits a random time in
 * [retryDelay * 2^(n-1), retryDelay * 2^n] seconds, the exponent capped at 15 (n >= 16 all wait
 * the same). 10.x has no `retryDelayMax` (later majors added one) and its API offers no
 * other cap, so the limits below are chosen for their totals:
 * - order-sync, 12 retries from 2 s: last wait 1.1-2.3 h, all retries 2.3-4.5 h.
 * - order-write-back, 20 retries from 2 s: waits grow to 18-36 h (the exponent cap), all retries
 *   4.5-9 days, so a long Kentico outage still ends in a write-back.
 * All retries must fit in the job retention (pg-boss default 14 days): a job still waiting past
 * it is archived by maintenance instead of being dead-lettered.
 * Backoff is for real failures: a job handed back after a crash or a stop runs again at once
 * (queue/hand-back.ts, ADR 16); `expireInSeconds` only bounds a handler that hangs.
 */
export interface QueueDeclaration {
  readonly name: string;
  readonly deadLetter: string;
  readonly retryLimit: number;
  /** Seconds; with backoff, the base of the exponential wait. pg-boss needs an integer. */
  readonly retryDelay: number;
  readonly retryBackoff: boolean;
  /** A handler running longer than this is failed (and retried): no job may hold a slot forever. */
  readonly expireInSeconds: number;
  /**
   * Always 'standard' here. pg-boss 10's 'singleton'/'stately' policies enforce one active job
   * per key with a unique index that makes the whole fetch fail, so one busy order would stall
   * the queue for every other order; per-record serialisation is the flow's job (leases).
   */
  readonly policy: 'standard';
}

export const QUEUES = {
  orderSync: {
    name: 'order-sync',
    deadLetter: 'order-sync-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    policy: 'standard',
  },
  /** Writes the Brightpearl order id back to the Kentico order. */
  orderWriteBack: {
    name: 'order-write-back',
    deadLetter: 'order-write-back-dead-letter',
    retryLimit: 20,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 120,
    policy: 'standard',
  },
  /** A rule's note and custom fields on a created order (sync/orders/annotate-order.ts). */
  orderAnnotate: {
    name: 'order-annotate',
    deadLetter: 'order-annotate-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 120,
    policy: 'standard',
  },
  /** Drains changed Brightpearl products (webhooks) into one availability read + one stock write. */
  stockSync: {
    name: 'stock-sync',
    deadLetter: 'stock-sync-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 600,
    policy: 'standard',
  },
  /** Reads every bound SKU's availability and corrects drift in Kentico (scheduled). */
  stockFullCompare: {
    name: 'stock-full-compare',
    deadLetter: 'stock-full-compare-dead-letter',
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 1800,
    policy: 'standard',
  },
  /** Changed Brightpearl products (webhooks) and catalog import pages → Kentico products. */
  catalogSync: {
    name: 'catalog-sync',
    deadLetter: 'catalog-sync-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 600,
    policy: 'standard',
  },
  /** A product authored in Kentico → created in Brightpearl. */
  productCreate: {
    name: 'product-create',
    deadLetter: 'product-create-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    policy: 'standard',
  },
  /** Order status changes, both ways. */
  orderStatus: {
    name: 'order-status',
    deadLetter: 'order-status-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    policy: 'standard',
  },
  /** Customer payments, batched ten per multi-message. */
  payments: {
    name: 'payments',
    deadLetter: 'payments-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    policy: 'standard',
  },
  /** Shipped goods-out notes → tracking and status in Kentico. */
  shipments: {
    name: 'shipments',
    deadLetter: 'shipments-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    policy: 'standard',
  },
  /** Kentico refunds → Brightpearl sales credits and refund payments. */
  refunds: {
    name: 'refunds',
    deadLetter: 'refunds-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    policy: 'standard',
  },
  /** Customers ↔ contacts, per field-group master. */
  customers: {
    name: 'customers',
    deadLetter: 'customers-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    policy: 'standard',
  },
  /** Polls what Brightpearl has no webhook for: sales credits, contacts. */
  lifecycleSweep: {
    name: 'lifecycle-sweep',
    deadLetter: 'lifecycle-sweep-dead-letter',
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 600,
    policy: 'standard',
  },
  /** Proves every Kentico order since go-live exists in Brightpearl (scheduled sweep). */
  reconcile: {
    name: 'reconcile',
    deadLetter: 'reconcile-dead-letter',
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 1800,
    policy: 'standard',
  },
  /** Prunes processed events, payloads and run logs past RETENTION_DAYS (daily, retention/). */
  retention: {
    name: 'retention',
    deadLetter: 'retention-dead-letter',
    retryLimit: 5,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 1800,
    policy: 'standard',
  },
} as const satisfies Record<string, QueueDeclaration>;

export type QueueKey = keyof typeof QUEUES;
export type QueueName = (typeof QUEUES)[QueueKey]['name'];
export type DeadLetterQueueName = (typeof QUEUES)[QueueKey]['deadLetter'];

/** The declarations a JobQueue runs with; tests swap in faster retry settings. */
export type QueueDeclarations = {
  readonly [K in QueueKey]: QueueDeclaration & { name: (typeof QUEUES)[K]['name'] };
};
