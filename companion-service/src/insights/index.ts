export { countStockPushes } from './insight-counts';
export { startInsights, type InsightsOptions } from './insights-job';
export { pruneInsights } from './prune-insights';
export { readInsights } from './read-insights';
export { rollUp, type RollUpOptions } from './rollup';
