import { ordersMigration } from './001-orders';
import { leasesMigration } from './002-leases';
import { stockAndCatalogMigration } from './003-stock-and-catalog';
import { lifecycleMigration } from './004-lifecycle';
import { adminMigration } from './005-admin';
import { reconciliationMigration } from './006-reconciliation';
import { orderEmailMigration } from './007-order-email';
import { brightpearlOAuthMigration } from './008-brightpearl-oauth';
import { orderSyncHistoryMigration } from './009-order-sync-history';
import { scheduledRunsMigration } from './010-scheduled-runs';
import { mappingVersionMigration } from './011-mapping-version';
import { instancesMigration } from './016-instances';
import { customerFieldHashesMigration } from './017-customer-field-hashes';
import { dirtyClaimIndexMigration } from './018-dirty-claim-index';
import { brightpearlSendLedgerMigration } from './019-brightpearl-send-ledger';
import { contactEmailIndexMigration } from './020-contact-email-index';
import { budgetClusterCapMigration } from './021-budget-cluster-cap';
import { orderGateHistoryMigration } from './022-order-gate-history';
import { heldOrdersMigration } from './023-held-orders';
import { rejectedSuggestionsMigration } from './024-rejected-suggestions';
import { orderOverridesMigration } from './025-order-overrides';
import { insightBucketsMigration } from './026-insight-buckets';
import { jobProgressMigration } from './027-job-progress';
import { productSamplesMigration } from './028-product-samples';
import { actorNamesMigration } from './029-actor-names';
import { creditRefusalsMigration } from './030-credit-refusals';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, in the order they are applied. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  ordersMigration,
  leasesMigration,
  stockAndCatalogMigration,
  lifecycleMigration,
  adminMigration,
  reconciliationMigration,
  orderEmailMigration,
  // Keep sorted by version (migrate() refuses an out-of-order list); gaps are fine.
  brightpearlOAuthMigration,
  orderSyncHistoryMigration,
  scheduledRunsMigration,
  mappingVersionMigration,
  instancesMigration,
  customerFieldHashesMigration,
  dirtyClaimIndexMigration,
  brightpearlSendLedgerMigration,
  contactEmailIndexMigration,
  budgetClusterCapMigration,
  orderGateHistoryMigration,
  heldOrdersMigration,
  rejectedSuggestionsMigration,
  orderOverridesMigration,
  insightBucketsMigration,
  jobProgressMigration,
  productSamplesMigration,
  actorNamesMigration,
  creditRefusalsMigration,
];
