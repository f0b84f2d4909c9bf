import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The Prometheus metrics the companion exposes at /metrics (prom-client, one registry). */
export function createMetrics() {
  const registry = new Registry();
  const eventsIn = new Counter({
    name: 'bpconnect_events_in_total',
    help: 'Inbound events accepted (stored), by source and type',
    labelNames: ['source', 'type', 'duplicate'] as const,
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'bpconnect_jobs_total',
    help: 'Jobs run, by queue and outcome (done, failed = will be retried or dead-lettered)',
    labelNames: ['queue', 'outcome'] as const,
    registers: [registry],
  });
  const brightpearlCalls = new Counter({
    name: 'bpconnect_brightpearl_calls_total',
    help: 'Brightpearl requests, by endpoint and status (throttled 503s included)',
    labelNames: ['endpoint', 'status', 'throttled'] as const,
    registers: [registry],
  });
  const requestsRemaining = new Gauge({
    name: 'bpconnect_brightpearl_requests_remaining',
    help: 'Brightpearl requests left in the current period, as last reported',
    registers: [registry],
  });
  const queueDepth = new Gauge({
    name: 'bpconnect_queue_depth',
    help: 'Jobs queued or running, by queue',
    labelNames: ['queue'] as const,
    registers: [registry],
  });
  const orderLatency = new Histogram({
    name: 'bpconnect_order_event_to_brightpearl_seconds',
    help: 'From the Kentico order event being stored to the sales order existing in Brightpearl',
    buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800],
    registers: [registry],
  });
  // Process figures: CPU, resident memory, heap, event-loop lag, GC, handles.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    ...createLiveGauges(registry),
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests served, by method, route pattern and status class (2xx, 4xx…)',
      labelNames: ['method', 'route', 'status_class'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    eventsIn,
    jobs,
    brightpearlCalls,
    requestsRemaining,
    queueDepth,
    orderLatency,
  };
}

/** Figures read from the store when scraped (status/live-figures.ts), not counted as they happen. */
function createLiveGauges(registry: Registry) {
  return {
    openFailures: new Gauge({
      name: 'bpconnect_open_failures',
      help: 'Records that could not be synced and wait for someone to act, by flow and reason',
      labelNames: ['flow', 'reason'] as const,
      registers: [registry],
    }),
    heldOrders: new Gauge({
      name: 'bpconnect_held_orders',
      help: 'Orders held by a business rule, waiting for release',
      registers: [registry],
    }),
    budgetInWindow: new Gauge({
      name: 'bpconnect_brightpearl_budget_in_window',
      help: 'Our Brightpearl requests in the current rolling window (the cluster when shared)',
      registers: [registry],
    }),
    budgetAllowance: new Gauge({
      name: 'bpconnect_brightpearl_budget_allowance',
      help: 'Requests we allow ourselves per rolling window (share of the account cap)',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
