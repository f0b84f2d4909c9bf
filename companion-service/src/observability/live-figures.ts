import { type BatchObservableResult, metrics as otelMetrics } from '@opentelemetry/api';

import type { Metrics } from './metrics';
import { TELEMETRY_METER } from './telemetry-meter';

/** The state an operator watches, read from the store and the budget when asked for. */
export interface LiveFigures {
  openFailures: Array<{ flow: string; reason: string; count: number }>;
  heldOrders: number;
  queueDepths: Record<string, number>;
  brightpearl: {
    /** Our requests in the current rolling window, and what we allow ourselves in one. */
    inWindow: number;
    allowance: number;
    /** What the account has left in its period, as Brightpearl last reported (null: unknown). */
    requestsRemaining: number | null;
  };
}

/** Sets the Prometheus gauges (on each /metrics scrape); vanished label sets drop out. */
export function applyToPrometheus(metrics: Metrics, figures: LiveFigures): void {
  metrics.openFailures.reset();
  for (const { flow, reason, count } of figures.openFailures) {
    metrics.openFailures.set({ flow, reason }, count);
  }
  metrics.heldOrders.set(figures.heldOrders);
  metrics.queueDepth.reset();
  for (const [queue, depth] of Object.entries(figures.queueDepths)) {
    metrics.queueDepth.set({ queue }, depth);
  }
  metrics.budgetInWindow.set(figures.brightpearl.inWindow);
  metrics.budgetAllowance.set(figures.brightpearl.allowance);
  metrics.requestsRemaining.set(figures.brightpearl.requestsRemaining ?? 0);
}

/**
 * The same figures as OpenTelemetry gauges, read once per export (every minute when telemetry
 * is on; never when it is off, the meter then being a no-op). Returns the unregister function.
 */
export function observeInOpenTelemetry(read: () => Promise<LiveFigures>): () => void {
  const meter = otelMetrics.getMeter(TELEMETRY_METER);
  const gauge = (name: string, description: string) =>
    meter.createObservableGauge(name, { description });
  const openFailures = gauge('bpconnect.open_failures', 'Open failures by flow and reason');
  const held = gauge('bpconnect.held_orders', 'Orders held by a business rule');
  const queueDepth = gauge('bpconnect.queue_depth', 'Jobs queued or running, by queue');
  const inWindow = gauge('bpconnect.brightpearl.in_window', 'Our requests in the rolling window');
  const allowance = gauge('bpconnect.brightpearl.allowance', 'Requests we allow ourselves');
  const remaining = gauge('bpconnect.brightpearl.remaining', 'Requests the account has left');
  const observables = [openFailures, held, queueDepth, inWindow, allowance, remaining];
  const callback = async (result: BatchObservableResult) => {
    // A store that does not answer reports nothing this round rather than a wrong zero.
    const figures = await read().catch(() => undefined);
    if (!figures) return;
    for (const { flow, reason, count } of figures.openFailures) {
      result.observe(openFailures, count, { flow, reason });
    }
    result.observe(held, figures.heldOrders);
    for (const [queue, depth] of Object.entries(figures.queueDepths)) {
      result.observe(queueDepth, depth, { queue });
    }
    result.observe(inWindow, figures.brightpearl.inWindow);
    result.observe(allowance, figures.brightpearl.allowance);
    const left = figures.brightpearl.requestsRemaining;
    if (left !== null) result.observe(remaining, left);
  };
  meter.addBatchObservableCallback(callback, observables);
  return () => meter.removeBatchObservableCallback(callback, observables);
}
