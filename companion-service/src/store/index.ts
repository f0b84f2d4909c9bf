export type { Db, Row, SqlSession, Store, StoreKind } from './db';
export { afterCommit } from './commit-hooks';
export { getOrCreateSetting } from './installation-settings';
export { openStore, type StoreOptions } from './open-store';
export { migrate, MIGRATION_LOCK_KEY } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
