import type { SyncStatus } from '@bpkc/shared-types';
import { type Express, Router } from 'express';
import request from 'supertest';

import { contractOnlyDeps } from '../admin-api/contract-deps';
import { createAdminApiRouter } from '../admin-api';
import type { BrightpearlClient } from '../brightpearl';
import type { BrightpearlOAuthService } from '../brightpearl/oauth';
import { oauthCallbackRouter } from '../brightpearl/oauth/callback-router';
import { ConnectionHealth } from '../observability/connection-health';
import { createSilentLogger } from '../observability/logger';
import { createMetrics } from '../observability/metrics';
import { documentProblems, openApiPath } from '../openapi';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { createApp } from './app';
import { companionOpenApiDocument } from './openapi-document';

const logger = createSilentLogger();

/** The companion's app as main.ts composes it: every router, the admin API with every feature. */
function liveApp(): Express {
  const admin = createAdminApiRouter(
    contractOnlyDeps({
      adminToken: {
        secret: 'admin-secret-0123456789abcdef-0123',
        audience: 'a',
        installationId: 'i',
      },
      adminOrigin: 'https://admin.example.com',
      logger,
    }),
  );
  return createApp({
    db: {} as Db,
    queue: {} as JobQueue,
    brightpearl: {} as BrightpearlClient,
    logger,
    kenticoSecret: 'kentico-secret-0123456789abcdef-0123456789',
    identity: { installationId: 'install-1', token: 'webhook-token' },
    status: async () => ({}) as SyncStatus,
    health: new ConnectionHealth(),
    metrics: createMetrics(),
    extraRouters: [
      oauthCallbackRouter({ oauth: {} as BrightpearlOAuthService, logger }),
      Router().use('/api/v1', admin),
    ],
  });
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  rawPath?: unknown;
}

/** `METHOD /path/{param}` of every route registered in the express stack, mounts followed. */
function registeredRoutes(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return Object.keys(layer.route.methods).map(
        (method) => `${method.toUpperCase()} ${openApiPath(prefix + layer.route!.path)}`,
      );
    }
    if (!layer.handle?.stack) return [];
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    return registeredRoutes(layer.handle.stack, prefix + mount);
  });
}

function documentedRoutes(): string[] {
  return Object.entries(companionOpenApiDocument().paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('the companion’s OpenAPI document', () => {
  it('documents every route the app serves, and only those', () => {
    const app = liveApp() as unknown as { router: { stack: Layer[] } };
    const registered = registeredRoutes(app.router.stack);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...documentedRoutes()].sort());
    // The surfaces outside the admin API are there, not only the admin routes.
    expect(registered).toEqual(
      expect.arrayContaining([
        'POST /webhooks/kentico',
        'POST /webhooks/brightpearl/{installationId}/{token}',
        'GET /healthz',
        'GET /readyz',
        'GET /api/status',
        'GET /metrics',
        'GET /oauth/brightpearl/callback',
        'POST /api/v1/connection/oauth/authorize',
      ]),
    );
  });

  it('has a unique operationId and a success schema on every operation', () => {
    const document = companionOpenApiDocument();
    expect(documentProblems(document)).toEqual([]);
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId as string),
    );
    expect(ids).toContain('receiveKenticoEvent');
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('refuses a document with a missing or duplicated operationId or no response schema', () => {
    const op = (operationId?: string, schema?: object) => ({
      ...(operationId ? { operationId } : {}),
      responses: { 200: { description: 'OK', content: schema ? { 'a/b': { schema } } : {} } },
    });
    const problems = documentProblems({
      paths: {
        '/a': { get: op('same', {}), post: op('same', {}) },
        '/b': { get: op(undefined, {}), put: op('other') },
      },
    });
    expect(problems).toEqual([
      'POST /a: operationId same also on GET /a',
      'GET /b: no operationId',
      'PUT /b: no success response schema',
    ]);
  });

  it('declares the security of each surface', () => {
    const { paths, components } = companionOpenApiDocument() as {
      paths: Record<string, Record<string, { security: unknown; parameters?: unknown[] }>>;
      components: { securitySchemes: Record<string, { type: string; name?: string }> };
    };
    expect(Object.keys(components.securitySchemes).sort()).toEqual([
      'adminToken',
      'kenticoSignature',
      'metricsToken',
    ]);
    expect(components.securitySchemes.kenticoSignature).toMatchObject({
      type: 'apiKey',
      name: 'x-bpconnect-signature',
    });
    expect(paths['/webhooks/kentico']!.post!.security).toEqual([{ kenticoSignature: [] }]);
    expect(paths['/metrics']!.get!.security).toEqual([{ metricsToken: [] }]);
    expect(paths['/api/v1/orders']!.get!.security).toEqual([{ adminToken: [] }]);
    expect(paths['/healthz']!.get!.security).toEqual([]);
    const webhook = paths['/webhooks/brightpearl/{installationId}/{token}']!.post!;
    expect(webhook.parameters).toEqual([
      expect.objectContaining({ name: 'installationId', in: 'path', required: true }),
      expect.objectContaining({ name: 'token', in: 'path', required: true }),
    ]);
  });
});

describe('GET /api/v1/openapi.json and the docs page', () => {
  const app = liveApp();

  it('serves the whole document without a token', async () => {
    const res = await request(app).get('/api/v1/openapi.json').expect(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(companionOpenApiDocument())));
  });

  it('serves Swagger UI from our origin under the CSP, with no inline script', async () => {
    const page = await request(app).get('/api/docs').expect(200);
    expect(page.type).toBe('text/html');
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, , body] of scripts) expect(body!.trim()).toBe('');
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual([
      'docs/assets/swagger-ui.css',
      'docs/assets/swagger-ui-bundle.js',
      'docs/assets/init.js',
    ]);
    for (const asset of assets) {
      // Relative to /api/docs: same origin, so 'self' admits them.
      const res = await request(app).get(`/api/${asset}`).expect(200);
      expect(res.headers['content-type']).toMatch(/^(text\/css|(text|application)\/javascript)/);
    }
    const init = await request(app).get('/api/docs/assets/init.js');
    expect(init.text).toContain("url: '/api/v1/openapi.json'");
    expect(init.text).toContain('validatorUrl: null');
  });

  it('serves no other file of the package', async () => {
    await request(app).get('/api/docs/assets/index.html').expect(404);
    await request(app).get('/api/docs/assets/..%2Fpackage.json').expect(404);
  });
});
