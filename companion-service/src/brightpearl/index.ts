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
export { createRateBudget, PRIORITY, DEFAULT_PRIORITY } from './budget';
export type { RateBudget, RateBudgetOptions } from './budget';
export type { BudgetStats } from './budget-types';
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
export type {
  AvailabilityFigures,
  AvailabilityResult,
  CatalogRecord,
  PriceUpdate,
  ProductAvailability,
  ProductCreateInput,
} from './catalog-types';
