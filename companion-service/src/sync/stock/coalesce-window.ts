import { MAX_IDS_PER_AVAILABILITY } from '../../brightpearl';

/**
 * How long a stock job waits before its next availability read (ADR 0005, "Adaptive window").
 * Pure: the job gathers the inputs, this decides.
 */

/** The window's bounds: `SYNC_COALESCE_MS` (latency first) and `STOCK_COALESCE_MAX_MS`. */
export interface WindowBounds {
  minMs: number;
  maxMs: number;
}

export interface WindowInput {
  /** 0 (idle) to 1 (the budget is spent or its queue is deep): see `budgetPressure`. */
  pressure: number;
  /** Dirty stock ids waiting to be claimed. */
  backlog: number;
  /** How long ago the oldest of them was marked (ms). */
  oldestAgeMs: number;
}

/**
 * The default maximum: with the pipeline around it (queue poll ≤ 0.5 s, the pending-orders read,
 * one availability read, one Kentico write) a change still reaches Kentico within 5 s at p95
 * while the budget is under its share.
 */
export const DEFAULT_COALESCE_MAX_MS = 3_000;

/** Below this share of the allowance in use, reads go out after the minimum: latency first. */
export const PRESSURE_KNEE = 0.5;
/** From this share on the full maximum applies: requests are about to wait for the pacer. */
export const PRESSURE_FULL = 0.9;
/** Requests waiting in the budget queue that count as a deep backlog (pressure 1). */
export const DEEP_QUEUE = 10;

/** The budget's view as the window reads it (BudgetStats from `brightpearl.stats()`). */
export interface BudgetView {
  allowance: number;
  inWindow: number;
  queued: number;
}

/**
 * 0–1: the larger of the share of our rolling-window allowance already spent and how deep the
 * queue of requests waiting for the pacer is (orders waiting there are the backlog that makes a
 * stock read expensive).
 */
export function budgetPressure(view: BudgetView): number {
  const used = view.allowance > 0 ? view.inWindow / view.allowance : 1;
  const queue = view.queued / DEEP_QUEUE;
  return clamp01(Math.max(used, queue));
}

/**
 * The wait before the next read, counted from now: the window for this pressure, minus the time
 * the oldest change has already waited. Under the knee the window is the minimum; it grows
 * linearly to the maximum at PRESSURE_FULL. A backlog that fills a whole availability read is
 * read at once: waiting longer cannot make that read carry more ids.
 */
export function coalesceWindowMs(input: WindowInput, bounds: WindowBounds): number {
  if (input.backlog <= 0 || input.backlog >= MAX_IDS_PER_AVAILABILITY) return 0;
  const window = windowForPressure(input.pressure, bounds);
  return Math.max(0, Math.round(window - Math.max(0, input.oldestAgeMs)));
}

/** The whole window (from the oldest change's mark) at this pressure. */
export function windowForPressure(pressure: number, bounds: WindowBounds): number {
  const minMs = Math.max(0, bounds.minMs);
  const maxMs = Math.max(minMs, bounds.maxMs);
  const ramp = clamp01((pressure - PRESSURE_KNEE) / (PRESSURE_FULL - PRESSURE_KNEE));
  return minMs + (maxMs - minMs) * ramp;
}

const clamp01 = (value: number): number =>
  Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 1;
