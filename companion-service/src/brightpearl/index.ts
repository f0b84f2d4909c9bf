export { brightpearlApiBase } from './api-base';
export { createBrightpearlClient } from './client';
export type { BrightpearlClientOptions } from './client';
export type {
  BrightpearlClient,
  CallInfo,
  CallOptions,
  ContactSearchRow,
  MultiMessageRequest,
  MultiMessageResult,
  OnCall,
  ProductPage,
} from './types';
export type { BrightpearlAuth } from './auth';
export * from './oauth';
export { createRateBudget, PRIORITY, DEFAULT_PRIORITY } from './budget';
export type { RateBudget, RateBudgetOptions } from './budget';
export type { BudgetStats } from './budget-types';
export type { BudgetLedger, LedgerClaim } from './budget-ledger';
export {
  BrightpearlError,
  BrightpearlValidationError,
  BrightpearlAuthError,
  BrightpearlNotFoundError,
  BrightpearlServerError,
  BrightpearlThrottledError,
  BrightpearlNetworkError,
  BrightpearlProtocolError,
  isBrightpearlError,
} from './errors';
export type { BrightpearlErrorDetails } from './errors';
export { LOCAL_VALIDATION_CODE } from './error-mapping';
export { MAX_IDS_PER_GET } from './orders-api';
export { MAX_PRODUCT_PAGE_SIZE } from './products-api';
export { MAX_IDS_PER_PRODUCT_GET } from './catalog-api';
export { MAX_IDS_PER_PRICE_GET } from './prices-api';
export { MAX_IDS_PER_AVAILABILITY } from './warehouse-api';
export { MAX_FAILED_PROBES_PER_CHUNK } from './bisect';
export { MAX_IDS_PER_GOODS_OUT_GET } from './goods-out-api';
export { MAX_IDS_PER_CONTACT_GET } from './contact-records-api';
export { SALES_CREDIT_ORDER_TYPE_ID } from './sales-credit-api';
export { SEARCH_PAGE_SIZE } from './search';
export type {
  AvailabilityFigures,
  AvailabilityResult,
  CatalogRecord,
  PriceUpdate,
  ProductAvailability,
  ProductCreateInput,
} from './catalog-types';
export type {
  GoodsOutNote,
  OrderLifecycleMethods,
  SalesCreditCreate,
  SalesCreditSummary,
  SalesOrderRecord,
  SalesOrderRecordRow,
} from './order-types';
export type {
  AccountingMethods,
  CustomerPaymentInput,
  JournalEntryInput,
  JournalEntryLine,
} from './accounting-types';
export type { ContactPatchOperation, ContactRecord, ContactRecordMethods } from './contact-types';
export type {
  LookupMethods,
  NamedRecord,
  NominalCodeRecord,
  OrderStatusRecord,
  PaymentMethodRecord,
  PriceListRecord,
  ShippingMethodRecord,
  TaxCodeRecord,
} from './lookup-types';
