import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

import { type AdminApiDeps, createAdminApiRouter } from '../admin-api';
import type { WebhookIdentity } from '../brightpearl/webhooks';
import { brightpearlWebhookRouter, kenticoEventRouter } from '../sync/intake';
import type { BrightpearlClient } from '../brightpearl';
import type { ConnectionHealth } from '../observability/connection-health';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { apiDocsRouter } from './api-docs';
import { BODY_LIMITS, refuseDeclaredOversize } from './declared-size';
import { accessLog } from './access-log';
import { healthRouter } from './health-routes';
import { type HttpHardening, rateLimits } from '../config/http-settings';
import { requireMetricsToken } from './metrics-token';
import { rateLimiters } from './rate-limits';
import { noStore, securityHeaders } from './security-headers';
import { withCorrelation } from '../observability/correlation';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import type { SyncStatus } from '@bpkc/shared-types';

/** The companion's HTTP surface; routers stay thin and call the feature modules. */
export function createApp(deps: {
  db: Db;
  queue: JobQueue;
  logger: Logger;
  /** Verifies Kentico events: the current secret, plus the previous one during a rotation. */
  kenticoSecret: string | readonly string[];
  identity: WebhookIdentity;
  status: () => Promise<SyncStatus>;
  brightpearl: BrightpearlClient;
  health: ConnectionHealth;
  metrics: Metrics;
  admin?: Omit<AdminApiDeps, 'db' | 'queue' | 'status' | 'logger'>;
  /** Extra routers mounted before the 404 (e.g. the sandbox's admin shell at /admin). */
  extraRouters?: RequestHandler[];
  /** Headers, proxy trust, rate limits, the metrics token (ADR 0017); default: sandbox. */
  hardening?: HttpHardening & { mode: 'sandbox' | 'live' };
}): Express {
  const hardening = deps.hardening ?? { mode: 'sandbox' };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', hardening.trustProxyHops ?? (hardening.mode === 'live' ? 1 : false));
  // First, so refusals (429, 413) are logged and timed too, with their correlation id.
  app.use((req, _res, next) => withCorrelation(req.header('x-correlation-id') ?? undefined, next));
  app.use(accessLog(deps));
  app.use(securityHeaders());
  app.use(['/api', '/oauth'], noStore);
  const limit = rateLimiters(rateLimits(hardening));
  app.use('/api/v1', limit.admin);
  app.use(['/oauth', '/api/v1/connection/oauth'], limit.oauth);
  app.use('/webhooks/kentico', limit.kenticoEvents);
  app.use('/webhooks/brightpearl', limit.brightpearlWebhooks);
  app.use('/webhooks/kentico', refuseDeclaredOversize(BODY_LIMITS.kenticoEvent, 'a Kentico event'));
  app.use(
    '/webhooks/brightpearl',
    refuseDeclaredOversize(BODY_LIMITS.brightpearlWebhook, 'a Brightpearl webhook'),
  );
  app.use('/api/v1', refuseDeclaredOversize(BODY_LIMITS.adminApi, 'an admin API'));
  app.use(refuseDeclaredOversize(BODY_LIMITS.other, 'a'));
  const metricsToken = requireMetricsToken({ token: hardening.metricsToken, mode: hardening.mode });
  app.use(healthRouter({ ...deps, metricsToken }));
  app.get('/api/status', metricsToken, async (_req, res) => {
    res.json(await deps.status());
  });
  const onAccepted = (event: { source: string; type: string; duplicate: boolean }) =>
    deps.metrics.eventsIn.inc({ ...event, duplicate: String(event.duplicate) });
  app.use(kenticoEventRouter({ ...deps, secret: deps.kenticoSecret, onAccepted }));
  app.use(brightpearlWebhookRouter({ ...deps, onAccepted }));
  app.use(apiDocsRouter());
  if (deps.admin) app.use('/api/v1', createAdminApiRouter({ ...deps, ...deps.admin }));
  for (const router of deps.extraRouters ?? []) app.use(router);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(
    // Express recognises an error handler by its four parameters.
    // eslint-disable-next-line max-params
    (error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
      // Body-parser failures (bad JSON, too large) carry their 4xx status: the sender's fault.
      if (error.status && error.status >= 400 && error.status < 500) {
        res.status(error.status).json({ error: `request rejected: ${error.message}` });
        return;
      }
      deps.logger.error('Unhandled request error', { error });
      res.status(500).json({ error: 'internal error' });
    },
  );
  return app;
}
