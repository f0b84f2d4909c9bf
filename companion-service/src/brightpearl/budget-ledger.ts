/**
 * Where the pacer counts the requests of the rolling window against the allowance
 * (docs/adr/0020-one-budget-across-instances.md). One process keeps them in memory; instances
 * sharing one Postgres claim from one ledger there, so together they keep to one allowance.
 */
export interface BudgetLedger {
  /**
   * True while other instances have requests in the window (as of the last claim): each
   * instance's queue orders only its own requests, so priorities then keep bands.
   */
  contended(): boolean;
  /**
   * Counts one request if fewer than `limit` are in the window (this one would be the next),
   * atomically across everything claiming from this ledger.
   */
  claim(request: {
    limit: number;
    priority: number;
    /** The account cap this instance has learned from headers, shared with the others. */
    learnedCap?: number;
  }): Promise<LedgerClaim>;
  /** The claimed request was answered or failed: it counts for one more window from now. */
  finish(ticket: string): Promise<void>;
  /** The claim was not used (no request left): it stops counting at once. */
  cancel(ticket: string): Promise<void>;
  /** Requests counted in the window: exact in memory, as of the last claim when shared. */
  inWindow(): number;
}

export type LedgerClaim = (
  | { granted: true; ticket: string; inWindow: number }
  | {
      granted: false;
      inWindow: number;
      /** The earliest the window can hold fewer than `limit`: try again then, not before. */
      retryInMs: number;
    }
) & {
  /**
   * The largest cap any instance has learned. An instance whose first answers came while the
   * others filled the window learns only a low bound (ADR 0015 counts only its own requests);
   * without the cluster's figure it would take a sliver of the share and starve its jobs.
   */
  clusterCap?: number;
};

/** A share of the allowance each lower priority leaves to the ones above it. */
const BAND_FRACTION = 0.02;

/**
 * How many requests of the window a priority may claim while other instances claim too. Each
 * instance's queue orders only its own requests, so a lower priority claims only while the
 * window is below the allowance less a band per class above it (resend 0–1, orders 2–3, stock
 * 4–5, catalog 6–7, sweeps 8–9): a resend on one instance is never starved by another's sweeps.
 */
export function bandedLimit(allowance: number, priority: number): number {
  const classesAbove = priority <= 1 ? 0 : Math.ceil((priority - 1) / 2);
  const band = Math.max(1, Math.round(allowance * BAND_FRACTION));
  return Math.max(1, allowance - classesAbove * band);
}
