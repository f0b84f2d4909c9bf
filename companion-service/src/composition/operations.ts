import {
  registerWebhooks,
  type RegistrationResult,
  type WebhookIdentity,
  desiredSubscriptions,
} from '../brightpearl/webhooks';
import { type MappingAccountCheck, withCurrentMapping } from '../mapping';
import { readCatalogImport, startCatalogImport } from '../sync/catalog/catalog-import';
import { runLifecycleSweep } from '../sync/lifecycle-workers';
import type { ReconcileResult } from '../sync/reconciliation/reconcile-orders';
import { warmProductCache } from '../sync/orders/product-cache-warmup';
import { type FullCompareResult, runStockFullCompare } from '../sync/stock/full-compare';
import type { FlowDeps } from './flows';

/** What an operator (or the demo, a test, a benchmark) can ask the running companion to do. */
export interface Operations {
  /** One paged product search fills the SKU cache (also run in the background on start). */
  warmProductCache(): Promise<{ products: number; calls: number }>;
  registerWebhooks(publicUrl: string): Promise<RegistrationResult>;
  startCatalogImport(): Promise<void>;
  runStockFullCompare(): Promise<FullCompareResult>;
  /** Sales credits and contacts changed in Brightpearl → Kentico (also scheduled). */
  runLifecycleSweep(): Promise<{ credits: number; customers: number }>;
  /** Proves every Kentico order since go-live is in Brightpearl; re-syncs the missing ones. */
  runReconciliation(): Promise<ReconcileResult>;
  /**
   * Registers webhooks, starts the first catalog import if none ever ran, and checks the mapping
   * against the account's lookups (in the background; findings go to the log and the admin).
   */
  connect(publicUrl: string): Promise<void>;
  /** Waits for background work started by these operations (used on stop). */
  settle(): Promise<void>;
}

export function createOperations(
  deps: FlowDeps,
  options: {
    identity: WebhookIdentity;
    warmProductCache: boolean;
    reconcile: () => Promise<ReconcileResult>;
    /** Remembers each registration's outcome (for the admin's connection screen). */
    webhookStatus?: { track(run: () => Promise<RegistrationResult>): Promise<RegistrationResult> };
    /** Checks the mapping against the (newly) connected account's lookups. */
    mappingCheck?: Pick<MappingAccountCheck, 'run'>;
  },
): Operations {
  const background: Array<Promise<unknown>> = [];
  const inBackground = (what: string, work: Promise<unknown>) => {
    background.push(work.catch((error: unknown) => deps.logger.warn(`${what} failed`, { error })));
  };
  // The stored mapping, read on each use: a version saved by any instance applies at once.
  const mapped = () => withCurrentMapping(deps);
  const catalog = async () => (await mapped()).mapping.catalog;
  const register = async (publicUrl: string) => {
    const { products, stock } = await catalog();
    return registerWebhooks({
      ...deps,
      identity: options.identity,
      publicUrl,
      events: desiredSubscriptions({
        catalog: products === 'brightpearl',
        stock: stock === 'brightpearl',
      }),
    });
  };
  const ops: Operations = {
    warmProductCache: () => warmProductCache(deps),
    registerWebhooks: (publicUrl) =>
      options.webhookStatus
        ? options.webhookStatus.track(() => register(publicUrl))
        : register(publicUrl),
    startCatalogImport: async () => void (await startCatalogImport(deps)),
    runStockFullCompare: async () => runStockFullCompare(await mapped()),
    runLifecycleSweep: async () => runLifecycleSweep(await mapped()),
    runReconciliation: options.reconcile,
    async connect(publicUrl) {
      // Read the lists again: a (re)connect may point at another account than the cache's.
      if (options.mappingCheck) {
        inBackground('Mapping check', options.mappingCheck.run('connect', { fresh: true }));
      }
      try {
        await ops.registerWebhooks(publicUrl);
      } catch (error) {
        // Start anyway: the scheduled full compare keeps stock right until registration succeeds.
        deps.logger.warn('Brightpearl webhook registration failed', { error });
      }
      if ((await catalog()).products === 'brightpearl' && !(await readCatalogImport(deps.db))) {
        await ops.startCatalogImport();
      }
    },
    settle: async () => {
      await Promise.all(background);
    },
  };
  if (options.warmProductCache) inBackground('Product cache warm-up', ops.warmProductCache());
  return ops;
}
