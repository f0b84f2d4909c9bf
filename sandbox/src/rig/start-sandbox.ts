import { randomBytes } from 'node:crypto';

import type { CompanionConfig } from '@bpkc/companion-service';
import type { MappingConfig } from '@bpkc/shared-types';

import {
  type Companion,
  createSilentLogger,
  type Logger,
  type OrderSyncFaults,
  startCompanion,
} from '@bpkc/companion-service';

import { adminShellRouter } from '../admin-shell';
import { type BrightpearlSimulator, createBrightpearlSimulator } from '../brightpearl';
import {
  type CatalogItem as CatalogEntry,
  createKenticoSimulator,
  createOrderGenerator,
  defaultCatalog,
  type KenticoSimulator,
  type OrderGenerator,
} from '../kentico';
import { sandboxCompanionConfig, toSimulatorProduct } from './sandbox-config';

export interface SandboxOptions {
  /** PGlite data folder; in-memory when omitted (tests). */
  dataDir?: string;
  /** A real Postgres instead of PGlite, with our tables in `schema` (scale-out tests). */
  databaseUrl?: string;
  schema?: string;
  /** Brightpearl budget of the simulated account. */
  cap?: number;
  windowMs?: number;
  /** BRIGHTPEARL_BUDGET_SHARE of the companion (default 1: the sandbox account is ours alone). */
  budgetShare?: number;
  catalogSize?: number;
  seed?: number;
  returningShare?: number;
  concurrency?: number;
  companionPort?: number;
  logger?: Logger;
  faults?: OrderSyncFaults;
  /** Warm the SKU cache in the background on start (default true, as in production). */
  warmProductCache?: boolean;
  /** Kentico event retry backoff, shortened in tests. */
  eventRetry?: { initialMs: number; maxMs: number };
  /** Units on hand per SKU in Brightpearl's warehouse 2 (default 25). */
  initialStock?: number;
  /** Share of Brightpearl webhook deliveries the simulator drops. */
  webhookDropRate?: number;
  /** Minutes between scheduled full compares (default 0: only when asked). */
  fullCompareMinutes?: number;
  /** Seconds between sweeps for Brightpearl credits and contacts (default 0: only when asked). */
  sweepSeconds?: number;
  /** Seconds between order reconciliation sweeps (default 0: only when asked). */
  reconcileSeconds?: number;
  /** How long payments wait to be batched (default 500 ms; production default 10 s). */
  paymentBatchWaitMs?: number;
  coalesceMs?: number;
  /** Register webhooks and import the catalog on start (default true). */
  connectOnListen?: boolean;
  /** Replaces the sandbox mapping (e.g. products authored in Kentico). */
  mapping?: MappingConfig;
  /** Admin API settings (default: a random token secret, origin http://127.0.0.1:4200). */
  admin?: CompanionConfig['admin'];
  /** Lifetime of the tokens the /admin shell mints (default 600 s, as the C# pages). */
  adminTokenLifetimeSeconds?: number;
  /** Alert channels (e.g. a local SMTP server in tests). */
  alerts?: CompanionConfig['alerts'];
}

export interface SandboxRig {
  brightpearl: BrightpearlSimulator;
  kentico: KenticoSimulator;
  companion: Companion;
  generator: OrderGenerator;
  catalog: CatalogEntry[];
  companionUrl: string;
  /** Stops the companion and starts it again on the same store (a deploy, a crash). */
  restartCompanion(): Promise<Companion>;
  /**
   * Starts one more companion instance on the same Postgres (a cluster of two); Kentico events
   * still go to the first. The caller stops it. Needs `databaseUrl` (PGlite is one process).
   */
  startInstance(): Promise<{ companion: Companion; url: string }>;
  stop(): Promise<void>;
}

/** Both simulators and the companion on loopback, wired as a merchant's install would be. */
export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxRig> {
  const secret = randomBytes(32).toString('hex');
  const catalog = defaultCatalog(options.catalogSize ?? 50);
  const brightpearl = createBrightpearlSimulator({
    cap: options.cap,
    windowMs: options.windowMs,
    webhookDropRate: options.webhookDropRate,
    seed: options.seed,
  });
  brightpearl.seedProducts(
    catalog.map((entry) => toSimulatorProduct(entry, options.initialStock ?? 25)),
  );
  const bpServer = await brightpearl.listen();
  const kentico = createKenticoSimulator({ secret, retry: options.eventRetry });
  const kenticoServer = await kentico.listen();
  const config = sandboxCompanionConfig({
    options,
    secret,
    bpApi: bpServer.url,
    bridgeUrl: kenticoServer.url,
  });
  const shellFor = (admin: NonNullable<typeof config.admin>) =>
    adminShellRouter({
      tokenKey: {
        secret: admin.tokenSecret,
        audience: admin.audience,
        installationId: admin.installationId,
      },
      tokenLifetimeSeconds: options.adminTokenLifetimeSeconds,
      orderNumberOf: (guid) => kentico.getOrder(guid)?.OrderNumber ?? null,
    });
  const start = async () => {
    const companion = await startCompanion(config, {
      logger: options.logger ?? createSilentLogger(),
      faults: options.faults,
      warmProductCache: options.warmProductCache,
      connectOnListen: options.connectOnListen,
      extraRouters: config.admin ? [shellFor(config.admin)] : [],
    });
    const { url } = await companion.listen();
    kentico.setCompanionEventsUrl(`${url}/webhooks/kentico`);
    return { companion, url };
  };
  const first = await start();
  const generator = createOrderGenerator({
    seed: options.seed ?? 42,
    catalog,
    returningShare: options.returningShare,
  });
  const rig: SandboxRig = {
    brightpearl,
    kentico,
    companion: first.companion,
    generator,
    catalog,
    companionUrl: first.url,
    async restartCompanion() {
      await rig.companion.stop();
      const next = await start();
      rig.companion = next.companion;
      rig.companionUrl = next.url;
      return next.companion;
    },
    async startInstance() {
      if (!config.store.databaseUrl) throw new Error('another instance needs a shared Postgres');
      const companion = await startCompanion(
        // Its own copy of everything, as another process would have: nothing shared in memory.
        { ...structuredClone(config), http: { ...config.http, port: 0 } },
        {
          logger: options.logger ?? createSilentLogger(),
          warmProductCache: options.warmProductCache,
          connectOnListen: false,
        },
      );
      return { companion, url: (await companion.listen()).url };
    },
    async stop() {
      await kentico.close();
      await rig.companion.stop();
      await kenticoServer.close();
      await bpServer.close();
    },
  };
  return rig;
}
