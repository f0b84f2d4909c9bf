import { SyncStatus } from '@bpkc/shared-types';
import { z } from 'zod';

import { describeRoute, type RouteDoc } from '../openapi';

const Ready = z.object({
  ready: z.boolean(),
  checks: z.object({
    store: z.enum(['up', 'down']),
    queue: z.enum(['up', 'down']),
    brightpearl: z.enum(['unknown', 'up', 'down', 'unauthorised']),
    kentico: z.enum(['unknown', 'up', 'down', 'unauthorised']),
  }),
});

const METRICS_REFUSED = {
  description: 'METRICS_TOKEN not sent or wrong, or none configured in live mode',
};

/** The platform's probes and monitoring (health-routes.ts, app.ts's /api/status). */
export const healthRouteDocs: RouteDoc[] = [
  describeRoute({
    method: 'get',
    path: '/healthz',
    operationId: 'getLiveness',
    summary: 'The process is alive (App Service health check)',
    tag: 'health',
    responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } },
  }),
  describeRoute({
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    summary: 'The companion can work: store and queue answer, neither platform known down',
    description: 'Judged from recent calls: a probe never spends Brightpearl budget.',
    tag: 'health',
    responses: {
      200: { description: 'Ready', schema: Ready },
      503: { description: 'Not ready; `checks` says why', schema: Ready },
    },
  }),
  describeRoute({
    method: 'get',
    path: '/api/status',
    operationId: 'getSyncStatus',
    summary: 'Sync status: queue depths, order counts, failures by reason, Brightpearl budget',
    tag: 'monitoring',
    security: 'metricsToken',
    responses: { 200: { description: 'Status', schema: SyncStatus }, 401: METRICS_REFUSED },
  }),
  describeRoute({
    method: 'get',
    path: '/metrics',
    operationId: 'getMetrics',
    summary: 'Prometheus metrics (text exposition format)',
    tag: 'monitoring',
    security: 'metricsToken',
    responses: {
      200: { description: 'Metrics', contentType: 'text/plain; version=0.0.4' },
      401: METRICS_REFUSED,
    },
  }),
];
