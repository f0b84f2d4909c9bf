import { Counter, Gauge, Histogram, Registry } from 'prom-client';

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
  return {
    registry,
    eventsIn,
    jobs,
    brightpearlCalls,
    requestsRemaining,
    queueDepth,
    orderLatency,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
