import { Lookups, LookupsQuery } from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import { type AdminRoute, defineRoute } from './route';

const NOW = { kentico: 0, brightpearl: 0 };

export function lookupRoutes(deps: AdminApiDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/lookups',
      summary:
        'Kentico and Brightpearl lists for the mapping screens (cached 10 minutes; refresh=true reads again)',
      query: LookupsQuery,
      response: Lookups,
      handler: ({ query }) => deps.lookups.read(query.refresh ? { maxAgeMs: NOW } : {}),
    }),
  ];
}
