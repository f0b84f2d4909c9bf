import type { ConnectionHealth, FlowLastSuccess, Overview } from '@bpkc/shared-types';

export interface HealthSignals {
  lastSuccess: FlowLastSuccess;
  requestsRemaining: number | null;
  /** Orders synced over 10 minutes ago whose id is still not written to Kentico. */
  writeBacksOverdue: number;
  /** Orders that failed in the last 15 minutes and wait for a retry (either side's fault). */
  ordersRetrying: number;
}

/**
 * Health from what the companion already saw, so the dashboard never spends Brightpearl budget
 * on a probe. Brightpearl: last write there, exhausted budget, orders retrying. Kentico: last
 * write there, overdue id write-backs (the one step that only needs Kentico).
 */
export function deriveConnections(signals: HealthSignals): Overview['connections'] {
  const { lastSuccess: last } = signals;
  const brightpearlProblems = [
    signals.requestsRemaining === 0 ? 'request budget exhausted for this period' : null,
    signals.ordersRetrying > 0
      ? `${signals.ordersRetrying} order(s) failed recently and retry`
      : null,
  ];
  const kenticoProblems = [
    signals.writeBacksOverdue > 0
      ? `${signals.writeBacksOverdue} Brightpearl id write-back(s) overdue`
      : null,
  ];
  return {
    brightpearl: health(
      latest([last.orders, last.payments, last.refunds, last.stockFullCompare]),
      brightpearlProblems,
    ),
    kentico: health(latest([last.orderWriteBack, last.stockPush, last.shipments]), kenticoProblems),
  };
}

function health(lastSuccessAt: string | null, problems: Array<string | null>): ConnectionHealth {
  const found = problems.filter((problem): problem is string => problem !== null);
  if (found.length > 0) return { status: 'degraded', lastSuccessAt, detail: found.join('; ') };
  return { status: lastSuccessAt ? 'ok' : 'unknown', lastSuccessAt, detail: null };
}

function latest(times: Array<string | null>): string | null {
  const known = times.filter((time): time is string => time !== null).sort();
  return known.at(-1) ?? null;
}

/** What the companion's own calls showed a moment ago (observability/connection-health). */
export interface LiveHealth {
  state(platform: 'brightpearl' | 'kentico'): 'unknown' | 'up' | 'down' | 'unauthorised';
  lastSuccess(platform: 'brightpearl' | 'kentico'): Date | null;
  /** Credentials that work until then and stop unless the merchant reconnects. */
  reconnectBy?(platform: 'brightpearl' | 'kentico'): Date | null;
}

const LIVE_PROBLEMS = {
  unauthorised: {
    status: 'unauthorised',
    detail: 'credentials refused or missing on the latest call',
  },
  down: { status: 'down', detail: 'the latest calls got no answer or a server error' },
} as const;

/**
 * The health derived from finished work, corrected by the latest calls: a refused token or an
 * outage shows at once, and any successful call (a lookup, a webhook registration) counts.
 */
export function withLiveHealth(
  derived: Overview['connections'],
  live: LiveHealth | undefined,
): Overview['connections'] {
  if (!live) return derived;
  const merge = (platform: 'brightpearl' | 'kentico'): ConnectionHealth => {
    const base = derived[platform];
    const lastCall = live.lastSuccess(platform)?.toISOString() ?? null;
    const lastSuccessAt = latest([base.lastSuccessAt, lastCall]);
    const state = live.state(platform);
    if (state === 'unauthorised' || state === 'down') {
      return { ...LIVE_PROBLEMS[state], lastSuccessAt };
    }
    const endsAt = live.reconnectBy?.(platform);
    if (endsAt) {
      const detail = `authorisation ends ${endsAt.toISOString()}: reconnect before then`;
      return { status: 'degraded', lastSuccessAt, detail };
    }
    if (base.status === 'unknown' && lastCall) return { status: 'ok', lastSuccessAt, detail: null };
    return { ...base, lastSuccessAt };
  };
  return { brightpearl: merge('brightpearl'), kentico: merge('kentico') };
}
