// Public surface of the Brightpearl API simulator. The request-log types carry a Brightpearl
// prefix because the Kentico simulator exports its own RequestLog/RequestLogEntry.
export { createBrightpearlSimulator } from './simulator';
export type { BrightpearlSimulator, RunningSimulator } from './simulator';
export type { BrightpearlSimulatorOptions } from './options';
export type {
  OAuthRegistry as BrightpearlOAuthRegistry,
  OAuthSimulatorConfig as BrightpearlOAuthSimulatorConfig,
} from './oauth/oauth-registry';
export type { BrightpearlFaultCounters } from './fault-hook';
export type { ProductSeed } from './products/seed-products';
export type {
  ProductCreateBody as BrightpearlProductCreateBody,
  ProductUpdateBody as BrightpearlProductUpdateBody,
} from './products/product-input';
export type { ContactSeed } from './seed-contact';
export type { ContactChanges as BrightpearlContactChanges } from './contacts/contact-changes';
export type { ShipOrderOptions as BrightpearlShipOrderOptions } from './direct-flows';
export type { SalesCreditBody as BrightpearlSalesCreditBody } from './orders/create-credit';
export { BrightpearlError as BrightpearlSimulatorError } from './errors';
export type { ResourceEvent as BrightpearlResourceEvent } from './events';
export type {
  RequestLog as BrightpearlRequestLog,
  RequestLogEntry as BrightpearlRequestLogEntry,
  CountOptions as BrightpearlRequestLogCountOptions,
} from './request-log';
export type {
  WebhookLog as BrightpearlWebhookLog,
  WebhookLogEntry as BrightpearlWebhookLogEntry,
  WebhookDeliveryStatus as BrightpearlWebhookDeliveryStatus,
} from './webhooks/webhook-log';
export type {
  SimulatorState as BrightpearlSimulatorState,
  ProductVariation as BrightpearlProductVariation,
  StockLevel as BrightpearlStockLevel,
  StoredContact,
  StoredCustomerPayment,
  StoredGoodsOutNote,
  StoredJournalEntry,
  StoredOrder,
  StoredOrderRow,
  StoredPostalAddress,
  StoredProduct,
  StoredWebhook as BrightpearlStoredWebhook,
} from './state';
