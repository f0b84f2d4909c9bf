// Public surface of the Kentico-side simulator (bridge endpoints for orders, stock, products,
// status, shipments, refunds and customers + signed thin events) and the order data generator.
export {
  createKenticoSimulator,
  type EmitOptions,
  type KenticoSimulator,
  type KenticoSimulatorOptions,
} from './simulator';
export type {
  CatalogApi as KenticoCatalogApi,
  KenticoProductSeed,
  NewKenticoProductInput,
} from './catalog-api';
export type { CustomerApi as KenticoCustomerApi, NewCustomerInput } from './customer-api';
export type { CustomerChanges } from './customer-store';
export type { KenticoSimOrder, OrderApi as KenticoOrderApi } from './order-api';
export type { NewRefundInput, RefundLineInput } from './refunds';
export type { KenticoShipment } from './shipment-store';
export type { SyncOrigin } from './sim-context';
export type { KenticoProductRecord } from './product-store';
export type { KenticoProductListPage } from './product-routes';
export type { KenticoStockChange, KenticoStockRecord } from './stock-store';
export type { AddressInput, PlaceOrderInput, PlaceOrderItemInput } from './place-order-input';
export type { OutboxStats, RejectedEvent } from './event-outbox';
export type { KenticoFaultCounters, KenticoFaultPlan } from './fault-hook';
export type { Listening } from './http-server';
export type { RequestLog, RequestLogEntry } from './request-log';
export type {
  Country,
  OrderStatus,
  PaymentMethod,
  ReferenceData,
  ShippingMethod,
  State,
} from './reference-data';
export { signedBridgeHeaders } from './bridge-signing';
export { sampleOrderInput } from './fixtures';
export type { PostResult } from './signed-post';
export * from './generator';
