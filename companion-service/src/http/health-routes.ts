import { type RequestHandler, Router } from 'express';

import type { BrightpearlClient } from '../brightpearl';
import type { ConnectionHealth } from '../observability/connection-health';
import { applyToPrometheus } from '../observability/live-figures';
import type { Metrics } from '../observability/metrics';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { readLiveFigures } from '../status/live-figures';

/**
 * /healthz: the process is alive. /readyz: it can do its work — the store answers, the queue
 * answers, and neither platform is known to be down or refusing our credentials (judged from
 * recent calls, so a probe never spends Brightpearl budget). /metrics: Prometheus.
 */
export function healthRouter(deps: {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  health: ConnectionHealth;
  metrics: Metrics;
  /** Guards /metrics (business data); /healthz and /readyz stay open for the platform's probes. */
  metricsToken: RequestHandler;
}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks = {
      store: await probe(() => deps.db.query('SELECT 1')),
      queue: await probe(() => deps.queue.depths()),
      brightpearl: deps.health.state('brightpearl'),
      kentico: deps.health.state('kentico'),
    };
    const ready =
      checks.store === 'up' &&
      checks.queue === 'up' &&
      !['down', 'unauthorised'].includes(checks.brightpearl) &&
      !['down', 'unauthorised'].includes(checks.kentico);
    res.status(ready ? 200 : 503).json({ ready, checks });
  });
  router.get('/metrics', deps.metricsToken, async (_req, res) => {
    applyToPrometheus(deps.metrics, await readLiveFigures(deps));
    res
      .set('content-type', deps.metrics.registry.contentType)
      .send(await deps.metrics.registry.metrics());
  });
  return router;
}

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await check();
    return 'up';
  } catch {
    return 'down';
  }
}
