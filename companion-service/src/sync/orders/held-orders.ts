import type { HeldDecision } from '@bpkc/shared-types';

import { writeAudit } from '../../audit/audit-log';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { OrderSyncJob } from './order-sync-job';
import type { OrderSyncState } from './order-sync-repository';
import { lockOrderState, markApproved, markRejected } from './order-sync-decisions';

/** The order is not in a state the decision applies to (the admin answers 409). */
export class HeldDecisionConflictError extends Error {
  override readonly name = 'HeldDecisionConflictError';
  readonly retryable = false;
}

/** A person may change their mind: a rejected or skipped order may still be approved. */
const APPROVABLE: readonly OrderSyncState[] = ['held', 'rejected', 'skipped'];

interface Decision {
  queue: JobQueue;
  orderGuid: string;
  actor: string;
}

/**
 * Approve: in one transaction the order goes back to pending, the approval is recorded and
 * audited, and an `order-sync` job is enqueued. The job runs the gate with `approved: true`:
 * hold and skip no longer stop it, block still does, and the rules' other actions apply.
 */
export async function approveHeldOrder(
  db: Db,
  input: Decision & { comment?: string },
): Promise<HeldDecision> {
  return db.transaction(async (tx) => {
    const state = await lockOrderState(tx, input.orderGuid);
    assertIn(state, { allowed: APPROVABLE, orderGuid: input.orderGuid, what: 'approved' });
    await markApproved(tx, input);
    const job = OrderSyncJob.parse({ orderGuid: input.orderGuid, trigger: 'approve' });
    await input.queue.enqueue('order-sync', job, { db: tx, singletonKey: input.orderGuid });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'order.approve',
      target: `order:${input.orderGuid}`,
      details: { previousState: state, comment: input.comment ?? null },
    });
    return { orderGuid: input.orderGuid, state: 'pending' };
  });
}

/** Reject: never sent; the reason is recorded and audited. Only a held order can be rejected. */
export async function rejectHeldOrder(
  db: Db,
  input: Omit<Decision, 'queue'> & { reason: string },
): Promise<HeldDecision> {
  return db.transaction(async (tx) => {
    const state = await lockOrderState(tx, input.orderGuid);
    assertIn(state, { allowed: ['held'], orderGuid: input.orderGuid, what: 'rejected' });
    await markRejected(tx, input);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'order.reject',
      target: `order:${input.orderGuid}`,
      details: { reason: input.reason },
    });
    return { orderGuid: input.orderGuid, state: 'rejected' };
  });
}

function assertIn(
  state: OrderSyncState | undefined,
  {
    allowed,
    orderGuid,
    what,
  }: { allowed: readonly OrderSyncState[]; orderGuid: string; what: string },
): asserts state is OrderSyncState {
  if (state !== undefined && allowed.includes(state)) return;
  const now = state === undefined ? 'not known to the companion' : `${state}`;
  throw new HeldDecisionConflictError(
    `order ${orderGuid} cannot be ${what}: it is ${now} (only ${allowed.join(', ')} orders can be)`,
  );
}
