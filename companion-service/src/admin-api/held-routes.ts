import {
  ApproveHeldRequest,
  type Finding,
  HeldDecision,
  HeldPage,
  HeldParams,
  HeldQuery,
  RejectHeldRequest,
} from '@bpkc/shared-types';

import { knownNamesOf } from '../audit/audit-log';
import {
  approveHeldOrder,
  HeldDecisionConflictError,
  rejectHeldOrder,
} from '../sync/orders/held-orders';
import { listSetAside, type SetAsideRow } from '../sync/orders/order-sync-held';
import type { AdminApiDeps } from './deps';
import { ConflictError } from './errors';
import { type AdminRoute, defineRoute } from './route';
import { iso, isoOrNull } from './sql-values';

/** The Held list: orders a business rule or a check set aside, and a person's decision. */
export function heldRoutes(deps: AdminApiDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/held',
      summary: 'Orders held for review (or rejected / skipped), oldest first, with their reasons',
      query: HeldQuery,
      response: HeldPage,
      handler: async ({ query }) => {
        const { rows, total } = await listSetAside(deps.db, query);
        const deciders = rows.flatMap((row) => (row.decided_by ? [row.decided_by] : []));
        const names = await knownNamesOf(deps.db, deciders);
        const items = rows.map((row) => ({
          ...toHeldOrder(row),
          decidedByName: (row.decided_by && names.get(row.decided_by)) ?? null,
        }));
        return { items, total, limit: query.limit, offset: query.offset };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/held/:orderGuid/approve',
      summary: 'Send a held (or rejected / skipped) order: its other rule actions still apply',
      params: HeldParams,
      body: ApproveHeldRequest,
      response: HeldDecision,
      status: 202,
      handler: ({ params, body, actor }) =>
        conflictsAs409(() =>
          approveHeldOrder(deps.db, {
            queue: deps.queue,
            orderGuid: params.orderGuid,
            actor: actor.sub,
            comment: body.comment,
          }),
        ),
    }),
    defineRoute({
      method: 'post',
      path: '/held/:orderGuid/reject',
      summary: 'Never send a held order; the reason is recorded and audited',
      params: HeldParams,
      body: RejectHeldRequest,
      response: HeldDecision,
      handler: ({ params, body, actor }) =>
        conflictsAs409(() =>
          rejectHeldOrder(deps.db, {
            orderGuid: params.orderGuid,
            actor: actor.sub,
            reason: body.reason,
          }),
        ),
    }),
  ];
}

async function conflictsAs409<T>(decide: () => Promise<T>): Promise<T> {
  try {
    return await decide();
  } catch (error) {
    if (error instanceof HeldDecisionConflictError) throw new ConflictError(error.message);
    throw error;
  }
}

function toHeldOrder(row: SetAsideRow): Omit<HeldPage['items'][number], 'decidedByName'> {
  const findings: Finding[] =
    typeof row.findings === 'string' ? JSON.parse(row.findings) : (row.findings ?? []);
  return {
    orderGuid: row.order_guid,
    orderNumber: row.order_number,
    customerEmail: row.customer_email,
    heldAt: iso(row.held_at ?? row.decided_at ?? row.updated_at),
    findings,
    mappingVersion: row.mapping_version,
    decidedBy: row.decided_by,
    decidedAt: isoOrNull(row.decided_at),
    decisionReason: row.decision_reason,
  };
}
