import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';

import {
  adminShellRouter,
  type BrightpearlSimulator,
  createBrightpearlSimulator,
  createKenticoSimulator,
  defaultCatalog,
  type KenticoSimulator,
  SANDBOX_MAPPING,
} from '@bpkc/sandbox';
import express, { type NextFunction, type Request, type Response } from 'express';

import { ADMIN_LIMIT, WEBHOOK_LIMIT } from './hostile-limits';

export const ADMIN_ORIGIN = 'https://shop-admin.example.com';
export const AUDIENCE = 'bpconnect-hostile';
export const INSTALLATION_ID = 'hostile-shop-1';

export interface HostileSims {
  brightpearl: BrightpearlSimulator;
  kentico: KenticoSimulator;
  catalog: ReturnType<typeof defaultCatalog>;
  secrets: { kentico: string; admin: string; metrics: string };
  /** Live-mode environment of the companion child (OAuth mode, not connected yet). */
  companionEnv: Record<string, string>;
  shellPort: number;
  close(): Promise<void>;
}

/**
 * Both simulators in this process, a catalog in Brightpearl, the sandbox's admin shell on its
 * own port (the shell is sandbox code: it never runs inside a deployed companion) and the
 * environment the companion child starts with.
 */
export async function startHostileSims(where: {
  dir: string;
  companionPort: number;
}): Promise<HostileSims> {
  const secrets = {
    kentico: randomBytes(32).toString('hex'),
    admin: randomBytes(32).toString('hex'),
    metrics: randomBytes(32).toString('hex'),
  };
  const catalog = defaultCatalog(20);
  const brightpearl = createBrightpearlSimulator({ cap: 100_000, seed: 12 });
  brightpearl.seedProducts(
    catalog.map((item) => ({
      sku: item.sku,
      name: item.name,
      price: item.unitPrice.toFixed(2),
      taxCode: ({ 20: 'T20', 5: 'T5', 0: 'Z' } as Record<number, string>)[item.taxRate] ?? 'T20',
      stockTracked: true,
      stock: { 2: 1_000_000 },
    })),
  );
  const bp = await brightpearl.listen(0, '127.0.0.1');
  const kentico = createKenticoSimulator({
    secret: secrets.kentico,
    seed: 12,
    retry: { initialMs: 200, maxMs: 2000 },
  });
  const bridge = await kentico.listen(0, '127.0.0.1');
  const companionUrl = `http://127.0.0.1:${where.companionPort}`;
  kentico.setCompanionEventsUrl(`${companionUrl}/webhooks/kentico`);
  const mappingFile = join(where.dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(SANDBOX_MAPPING, null, 2));
  const shell = await startShell(secrets.admin);
  const bpOrigin = new URL(bp.url).origin;
  const companionEnv: Record<string, string> = {
    BRIGHTPEARL_BASE_URL: bpOrigin,
    BRIGHTPEARL_ACCOUNT_CODE: 'sandbox',
    BRIGHTPEARL_AUTH_MODE: 'oauth',
    BRIGHTPEARL_APP_REF: 'bpconnect-hostile',
    BRIGHTPEARL_DEV_REF: 'hostile-dev',
    BRIGHTPEARL_OAUTH_BASE_URL: bpOrigin,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    BRIGHTPEARL_REQUEST_CAP: '100000',
    KENTICO_BRIDGE_URL: bridge.url,
    KENTICO_SHARED_SECRET: secrets.kentico,
    MAPPING_FILE: mappingFile,
    PUBLIC_URL: companionUrl,
    HOST: '127.0.0.1',
    DATA_DIR: join(where.dir, 'companion-data'),
    LOG_LEVEL: 'warn',
    ADMIN_TOKEN_SECRET: secrets.admin,
    ADMIN_ORIGIN,
    ADMIN_TOKEN_AUDIENCE: AUDIENCE,
    INSTALLATION_ID,
    METRICS_TOKEN: secrets.metrics,
    // Loopback URLs are http://; the companion says so loudly at start.
    ALLOW_INSECURE_CONFIG: 'true',
    TRUST_PROXY_HOPS: '0',
    HTTP_HEADERS_TIMEOUT_SECONDS: '5',
    HTTP_REQUEST_TIMEOUT_SECONDS: '10',
    RATE_LIMIT_ADMIN_PER_MINUTE: String(ADMIN_LIMIT),
    RATE_LIMIT_WEBHOOKS_PER_MINUTE: String(WEBHOOK_LIMIT),
    SYNC_COALESCE_MS: '100',
    SWEEP_SECONDS: '5',
    RECONCILE_SECONDS: '10',
    RECONCILE_GRACE_SECONDS: '20',
    PAYMENT_BATCH_WAIT_MS: '1000',
  };
  return {
    brightpearl,
    kentico,
    catalog,
    secrets,
    companionEnv,
    shellPort: shell.port,
    async close() {
      await new Promise((resolve) => shell.server.close(resolve));
      await kentico.close();
      await bridge.close();
      await bp.close();
      await brightpearl.close();
    },
  };
}

/** The shell behind the companion's own last-resort handlers (4xx kept, anything else 500). */
async function startShell(tokenSecret: string): Promise<{ server: Server; port: number }> {
  const app = express();
  app.use(
    adminShellRouter({
      tokenKey: { secret: tokenSecret, audience: AUDIENCE, installationId: INSTALLATION_ID },
    }),
  );
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  // Express recognises an error handler by its four parameters.
  app.use(
    // eslint-disable-next-line max-params
    (error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      res.status(status).json({ error: status === 500 ? 'internal error' : error.message });
    },
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}
