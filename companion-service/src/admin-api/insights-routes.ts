import { Insights, InsightsQuery } from '@bpkc/shared-types';

import { readInsights } from '../insights';
import type { AdminApiDeps } from './deps';
import { type AdminRoute, defineRoute } from './route';

/** The merchant's charts: time-series roll-ups kept in the companion's store (insights/). */
export function insightRoutes(deps: Pick<AdminApiDeps, 'db'>): AdminRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/insights',
      summary:
        'Orders, stock pushes, failures by reason, Brightpearl budget use and order latency over time',
      query: InsightsQuery,
      response: Insights,
      handler: ({ query }) => readInsights(deps.db, { range: query.range }),
    }),
  ];
}
