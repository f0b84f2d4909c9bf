import type {
  BrightpearlContactId,
  BrightpearlErrorItem,
  BrightpearlOrderId,
  BrightpearlProductId,
  ContactCreate,
  PostalAddressCreate,
  SalesOrderCreate,
  WebhookDefinition,
} from '@bpkc/shared-types';

import type { AccountingMethods } from './accounting-types';
import type { BudgetStats } from './budget-types';
import type {
  AvailabilityResult,
  CatalogRecord,
  PriceUpdate,
  ProductCreateInput,
} from './catalog-types';
import type { ContactRecordMethods } from './contact-types';
import type { LookupMethods } from './lookup-types';
import type { OrderAnnotationMethods } from './order-annotations-api';
import type { OrderLifecycleMethods } from './order-types';

/** One HTTP attempt, reported to `onCall` hooks (e.g. to count Brightpearl calls per order). */
export interface CallInfo {
  endpoint: string;
  /** null when no answer arrived (timeout, reset). */
  status: number | null;
  durationMs: number;
  throttled: boolean;
}
export type OnCall = (info: CallInfo) => void;

export interface CallOptions {
  /** 0–9, lower runs first; see PRIORITY. Default PRIORITY.stock. */
  priority?: number;
  /** Called for every HTTP attempt of this call (throttled retries included). */
  onCall?: OnCall;
}

export interface ContactSearchRow {
  contactId: number;
  primaryEmail: string;
  isStaff: boolean;
  isSupplier: boolean;
  isCustomer: boolean;
  /** "" when not set. */
  firstName: string;
  lastName: string;
  /** The primary telephone (search column `pri`), null when not set. */
  phone: string | null;
}

export interface ProductPage {
  rows: Array<{ productId: number; sku: string }>;
  morePagesAvailable: boolean;
  /** Products the search matches in all (the import's total). */
  resultsAvailable: number;
  /** Pass as `firstResult` for the next page; null on the last page. */
  nextFirstResult: number | null;
}

export interface MultiMessageRequest {
  label: string;
  /** Below the account prefix, e.g. `/order-service/order/123/status`. */
  uri: string;
  httpMethod: 'POST' | 'PUT' | 'DELETE';
  body: unknown;
}

export interface MultiMessageResult {
  label: string;
  /** 0 when Brightpearl did not process the message (an earlier one failed with onFail STOP). */
  statusCode: number;
  response?: unknown;
  errors?: BrightpearlErrorItem[];
  processed: boolean;
}

/** Fulfilment, credit, payment, journal and contact-record methods live in their own files. */
export interface BrightpearlClient
  extends
    OrderLifecycleMethods,
    OrderAnnotationMethods,
    AccountingMethods,
    ContactRecordMethods,
    LookupMethods {
  /** Order ids carrying this externalRef (dedupe before create); usually zero or one. */
  findOrderIdsByExternalRef(externalRef: string, call?: CallOptions): Promise<BrightpearlOrderId[]>;
  createSalesOrder(body: SalesOrderCreate, call?: CallOptions): Promise<BrightpearlOrderId>;
  /** Raw order records; ids that do not exist are simply missing. */
  getOrders(ids: number[], call?: CallOptions): Promise<unknown[]>;
  /** Contacts whose primary email equals `email` (case-insensitive); duplicates are common. */
  searchContactsByEmail(email: string, call?: CallOptions): Promise<ContactSearchRow[]>;
  createPostalAddress(body: PostalAddressCreate, call?: CallOptions): Promise<number>;
  createContact(body: ContactCreate, call?: CallOptions): Promise<BrightpearlContactId>;
  findProductIdBySku(sku: string, call?: CallOptions): Promise<BrightpearlProductId | null>;
  /** One page of the catalog; `updatedSince` (ISO with offset) limits it to later updates. */
  searchProducts(
    page: { firstResult: number; pageSize: number; updatedSince?: string },
    call?: CallOptions,
  ): Promise<ProductPage>;
  /** Full records; unknown ids and products without a SKU are simply missing. */
  getProducts(productIds: number[], call?: CallOptions): Promise<CatalogRecord[]>;
  /** Quantity-1 price per product found; null when the list has no price for it. */
  getPrices(
    productIds: number[],
    priceListId: number,
    call?: CallOptions,
  ): Promise<Map<number, number | null>>;
  /** Not idempotent: look the SKU up first (findProductIdBySku). */
  createProduct(input: ProductCreateInput, call?: CallOptions): Promise<BrightpearlProductId>;
  setPrice(update: PriceUpdate, call?: CallOptions): Promise<void>;
  getAvailability(productIds: number[], call?: CallOptions): Promise<AvailabilityResult>;
  /** Every webhook on the account, other integrations' included. */
  listWebhooks(call?: CallOptions): Promise<Array<WebhookDefinition & { id: number }>>;
  createWebhook(definition: WebhookDefinition, call?: CallOptions): Promise<number>;
  /** Idempotent: an id that is already gone resolves too. */
  deleteWebhook(id: number, call?: CallOptions): Promise<void>;
  /** 2–10 writes as one request (one unit of budget); results in the order given. */
  multiMessage(
    messages: MultiMessageRequest[],
    options?: { onFail?: 'STOP' | 'CONTINUE' } & CallOptions,
  ): Promise<MultiMessageResult[]>;
  stats(): BudgetStats;
}
