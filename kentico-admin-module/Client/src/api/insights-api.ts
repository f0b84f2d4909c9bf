import type { Insights, InsightsRange } from '@bpkc/shared-types';

import { companionClient, type HttpOptions, unwrap } from './http';

/** The Insights charts (GET, 'view'). */
export function createInsightsApi(options: HttpOptions) {
  const { GET } = companionClient(options);
  return {
    insights: (range: InsightsRange): Promise<Insights> =>
      unwrap(GET('/api/v1/insights', { params: { query: { range } } })),
  };
}
