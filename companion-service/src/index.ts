export * from './kentico/signing';
export * from './companion';
export { brightpearlApiBase, type CompanionConfig } from './config/config';
export * from './observability/logger';
export type { OrderSyncFaults } from './sync/orders/sync-order';
export * from './config/load-config';
export * from './brightpearl';
export { openStore, migrate, type Db, type Store } from './store';
export { createJobQueue, QUEUES, type JobQueue, type QueueName } from './queue';
