export { pruneExpired, type PruneResult } from './prune-expired';
export { RETENTION_INTERVAL_SECONDS, startRetentionJob } from './retention-job';
