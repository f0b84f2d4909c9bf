import express from 'express';
import type { Express, RequestHandler } from 'express';

import { writeResponse } from './headers';
import { oauthRouter } from './oauth/oauth-routes';
import { createPipeline } from './pipeline';
import type { PipelineDeps } from './pipeline';

/**
 * The Express app: the account-prefixed API, and a Brightpearl-style 404 for anything else.
 * `faultGate` (chaos tests) runs before the body is read, so a faulted request is not executed.
 */
export function createApp(deps: PipelineDeps, faultGate?: RequestHandler): Express {
  const { config, budget, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  if (deps.oauth) {
    const { accountCode, installedIntegrationInstanceId } = config;
    app.use(
      oauthRouter({
        accountCode,
        registry: deps.oauth,
        installationInstanceId: installedIntegrationInstanceId,
      }),
    );
  }
  // Bodies are read as text so that a non-JSON body becomes CMNC-010, not an Express error page.
  app.use(
    '/public-api/:account',
    ...(faultGate ? [faultGate] : []),
    express.text({ type: () => true, limit: '10mb' }),
    createPipeline(deps),
  );
  app.use((req, res) => {
    const body = {
      errors: [{ code: 'CMNC-404', message: `Cannot find the resource ${req.path}` }],
    };
    const meta = {
      budget: budget.peek(),
      messageType: 'api-proxy',
      instanceId: config.installedIntegrationInstanceId,
    };
    writeResponse(res, { status: 404, body }, meta);
    log.record({
      at: config.clock(),
      method: req.method,
      endpoint: `${req.method} ${req.path}`,
      status: 404,
      throttled: false,
    });
  });
  return app;
}
