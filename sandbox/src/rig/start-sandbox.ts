import { randomBytes } from 'node:crypto';

import {
  type Companion,
  type CompanionConfig,
  createSilentLogger,
  type Logger,
  type OrderSyncFaults,
  startCompanion,
} from '@bpkc/companion-service';

import { type BrightpearlSimulator, createBrightpearlSimulator } from '../brightpearl';
import {
  type CatalogItem as CatalogEntry,
  createKenticoSimulator,
  createOrderGenerator,
  defaultCatalog,
  type KenticoSimulator,
  type OrderGenerator,
} from '../kentico';
import { SANDBOX_MAPPING } from './sandbox-mapping';

export interface SandboxOptions {
  /** PGlite data folder; in-memory when omitted (tests). */
  dataDir?: string;
  /** A real Postgres instead of PGlite, with our tables in `schema` (scale-out tests). */
  databaseUrl?: string;
  schema?: string;
  /** Brightpearl budget of the simulated account. */
  cap?: number;
  windowMs?: number;
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
}

export interface SandboxRig {
  brightpearl: BrightpearlSimulator;
  kentico: KenticoSimulator;
  companion: Companion;
  generator: OrderGenerator;
  catalog: CatalogEntry[];
  companionUrl: string;
  stop(): Promise<void>;
}

/** Both simulators and the companion on loopback, wired as a merchant's install would be. */
export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxRig> {
  const secret = randomBytes(32).toString('hex');
  const catalog = defaultCatalog(options.catalogSize ?? 50);
  const brightpearl = createBrightpearlSimulator({ cap: options.cap, windowMs: options.windowMs });
  brightpearl.seedProducts(catalog.map(toSimulatorProduct));
  const bpServer = await brightpearl.listen();
  const kentico = createKenticoSimulator({ secret, retry: options.eventRetry });
  const kenticoServer = await kentico.listen();
  const companion = await startCompanion(
    companionConfig({ options, secret, bpApi: bpServer.url, bridgeUrl: kenticoServer.url }),
    {
      logger: options.logger ?? createSilentLogger(),
      faults: options.faults,
      warmProductCache: options.warmProductCache,
    },
  );
  const { url: companionUrl } = await companion.listen();
  kentico.setCompanionEventsUrl(`${companionUrl}/webhooks/kentico`);
  const generator = createOrderGenerator({
    seed: options.seed ?? 42,
    catalog,
    returningShare: options.returningShare,
  });
  return {
    brightpearl,
    kentico,
    companion,
    generator,
    catalog,
    companionUrl,
    async stop() {
      await kentico.close();
      await companion.stop();
      await kenticoServer.close();
      await bpServer.close();
    },
  };
}

const TAX_CODES: Record<number, string> = { 20: 'T20', 5: 'T5', 0: 'Z' };

function toSimulatorProduct(entry: CatalogEntry) {
  return {
    sku: entry.sku,
    name: entry.name,
    price: entry.unitPrice.toFixed(2),
    taxCode: TAX_CODES[entry.taxRate] ?? 'T20',
  };
}

function companionConfig(input: {
  options: SandboxOptions;
  secret: string;
  bpApi: string;
  bridgeUrl: string;
}): CompanionConfig {
  const api = new URL(input.bpApi);
  const accountCode = api.pathname.split('/').filter(Boolean).pop() ?? 'sandbox';
  return {
    mode: 'sandbox',
    http: { host: '127.0.0.1', port: input.options.companionPort ?? 0 },
    logLevel: 'info',
    store: {
      dataDir: input.options.dataDir,
      databaseUrl: input.options.databaseUrl,
      schema: input.options.schema,
    },
    brightpearl: {
      baseUrl: api.origin,
      accountCode,
      auth: { mode: 'account-token', appRef: 'bpconnect-sandbox', accountToken: 'sandbox-token' },
      requestCap: input.options.cap ?? 200,
      budgetShare: 1,
    },
    kentico: { bridgeUrl: input.bridgeUrl, sharedSecret: input.secret },
    mapping: SANDBOX_MAPPING,
    sync: { concurrency: input.options.concurrency ?? 4 },
  };
}
