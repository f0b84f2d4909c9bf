import express, { Router } from 'express';
import request from 'supertest';

import { routePattern } from './route-pattern';

/** An app shaped like ours: routers mounted under a prefix, nested, and a 404 fallback. */
function appRecordingRoutes(seen: Array<string | undefined>) {
  const app = express();
  app.use((req, res, next) => {
    res.once('finish', () => seen.push(routePattern(req)));
    next();
  });
  const failures = Router();
  failures.get('/:id', (_req, res) => void res.json({}));
  const api = Router();
  api.use('/failures', failures);
  api.get('/', (_req, res) => void res.json({}));
  app.use('/api/v1', api);
  app.post(
    '/webhooks/brightpearl/:installationId/:token',
    (_req, res) => void res.status(401).end(),
  );
  app.use((_req, res) => void res.status(404).json({ error: 'not found' }));
  return app;
}

describe('routePattern', () => {
  it('joins the mount paths and the route, and is undefined when nothing matched', async () => {
    const seen: Array<string | undefined> = [];
    const app = appRecordingRoutes(seen);
    await request(app).get('/api/v1/failures/42?x=1').expect(200);
    await request(app).get('/api/v1').expect(200);
    await request(app).post('/webhooks/brightpearl/i-1/secret').expect(401);
    await request(app).get('/api/v1/nothing/here').expect(404);
    expect(seen).toEqual([
      '/api/v1/failures/:id',
      '/api/v1',
      '/webhooks/brightpearl/:installationId/:token',
      undefined,
    ]);
  });
});
