export * from './kentico/signing';
export * from './companion';
export * from './config/config';
export * from './observability/logger';
export type { OrderSyncFaults } from './sync/orders/sync-order';
export * from './config/load-config';
