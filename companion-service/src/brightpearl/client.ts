import { createSilentLogger } from '../observability/logger';
import type { Logger } from '../observability/logger';
import { createAccountingApi } from './accounting-api';
import type { BrightpearlAuth } from './auth';
import { createRateBudget } from './budget';
import type { RateBudget, RateBudgetOptions } from './budget';
import { createCatalogApi } from './catalog-api';
import { createContactRecordsApi } from './contact-records-api';
import { createContactsApi } from './contacts-api';
import { createGoodsOutApi } from './goods-out-api';
import { createHttpTransport } from './http';
import { createInstallationId } from './installation';
import { createLookupsApi } from './lookups-api';
import { createMultiMessageApi } from './multi-message';
import { DEFAULT_MULTI_MESSAGE_COOL_DOWN_MS, MultiMessageFallback } from './multi-message-fallback';
import { createOrderAnnotationsApi } from './order-annotations-api';
import { createOrdersApi } from './orders-api';
import { createPricesApi } from './prices-api';
import { createProductsApi } from './products-api';
import { createOrderStatusSearchApi } from './order-status-search-api';
import { createSalesCreditApi } from './sales-credit-api';
import type { BrightpearlClient, OnCall } from './types';
import { createWarehouseApi } from './warehouse-api';
import { createWebhooksApi } from './webhooks-api';
import { createWriteBatcher } from './write-batcher';
import type { WriteBatcherOptions } from './write-batcher';

/** Budget settings (requestCap, budgetShare, …) sit at the top level beside the connection. */
export interface BrightpearlClientOptions extends RateBudgetOptions {
  /**
   * `{scheme}://{host}[:port]/public-api/{accountCode}`: built by the caller from configuration
   * (the OAuth `api_domain`, or a simulator's address); a function is asked on every attempt.
   */
  baseUrl: string | (() => Promise<string>);
  auth: BrightpearlAuth;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /**
   * One budget per Brightpearl account: pass the same instance to every client of that
   * account in this process. When given, the RateBudgetOptions above are ignored.
   */
  rateBudget?: RateBudget;
  /** Called after every HTTP attempt, e.g. for metrics. */
  onCall?: OnCall;
  logger?: Logger;
  /** Creates waiting for the budget go together as multi-message (write-batcher.ts). */
  writeBatching?: Pick<WriteBatcherOptions, 'coolDownMs' | 'lingerMs' | 'now' | 'clock'>;
}

export function createBrightpearlClient(options: BrightpearlClientOptions): BrightpearlClient {
  const logger = options.logger ?? createSilentLogger();
  const budget = options.rateBudget ?? createRateBudget({ ...options, logger });
  const installation = createInstallationId(options.auth);
  const transport = createHttpTransport({
    baseUrl: options.baseUrl,
    auth: options.auth,
    budget,
    timeoutMs: options.timeoutMs,
    onCall: options.onCall,
    logger,
    installation,
  });
  // One view of multi-message's health for the batcher and for direct multiMessage callers.
  const fallback = new MultiMessageFallback({
    coolDownMs: options.writeBatching?.coolDownMs ?? DEFAULT_MULTI_MESSAGE_COOL_DOWN_MS,
    now: options.writeBatching?.now ?? Date.now,
    logger,
  });
  // A batch lingers for company only under backlog: other requests going, or the window filling.
  const writes = createWriteBatcher(transport, {
    fallback,
    lingerMs: options.writeBatching?.lingerMs,
    clock: options.writeBatching?.clock,
    backlog: (priority) => budget.backlog(priority),
    pressure: () => {
      const { inWindow, allowance } = budget.stats();
      return allowance > 0 ? inWindow / allowance : 1;
    },
  });
  return {
    ...createOrdersApi(transport, installation, writes),
    ...createOrderAnnotationsApi(transport),
    ...createContactsApi(transport, writes),
    ...createContactRecordsApi(transport),
    ...createProductsApi(transport, logger),
    ...createCatalogApi(transport),
    ...createPricesApi(transport),
    ...createWarehouseApi(transport),
    ...createGoodsOutApi(transport),
    ...createSalesCreditApi(transport, installation),
    ...createOrderStatusSearchApi(transport),
    ...createAccountingApi(transport),
    ...createWebhooksApi(transport),
    ...createMultiMessageApi(transport, fallback),
    ...createLookupsApi(transport),
    stats: () => budget.stats(),
  };
}
