import { AuditPage, AuditSearch, Overview } from '@bpkc/shared-types';

import { listAudit } from '../audit/audit-log';
import type { AdminApiDeps } from './deps';
import { readOverview } from './overview';
import { type AdminRoute, defineRoute } from './route';

export function statusRoutes(deps: AdminApiDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/overview',
      summary: 'Connections, Brightpearl budget, queues, throughput, last success per flow',
      response: Overview,
      handler: () => readOverview(deps),
    }),
    defineRoute({
      method: 'get',
      path: '/audit',
      summary:
        'Operator actions, newest first; filters: action, targetKind, target (e.g. "failure:12")',
      query: AuditSearch,
      response: AuditPage,
      handler: ({ query }) => listAudit(deps.db, query),
    }),
  ];
}
