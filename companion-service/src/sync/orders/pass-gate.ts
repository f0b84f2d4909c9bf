import type { KenticoOrder } from '@bpkc/shared-types';

import { evaluateOrderGate, type GateDecision } from '../order-gate';
import { PermanentSyncError } from './mapping-failure';
import { isApproved, markSetAside, recordFindings } from './order-sync-decisions';
import type { OrderSyncDeps } from './sync-order';

export type GateOutcome = { send: GateDecision } | { setAside: 'held' | 'skipped' };

/**
 * Runs the business rules and checks (order-gate/) for an order about to be created. Only for a
 * create: an order an earlier attempt created is adopted before this, whatever the rules say.
 * - hold / skip: the order is set aside (state held / skipped with its findings); the job ends
 *   without a retry or a dead letter;
 * - block: a permanent `check-failed` failure with the finding's reason, so it becomes a dead
 *   letter; a replay after the data is fixed runs the gate again;
 * - send: the findings (warnings, an approved hold) are kept on the order for its timeline.
 */
export async function passGate(deps: OrderSyncDeps, order: KenticoOrder): Promise<GateOutcome> {
  const orderGuid = order.OrderGUID;
  const approved = await isApproved(deps.db, orderGuid);
  const gate = await evaluateOrderGate(deps, { order, mapping: deps.mapping, approved });
  if (gate.decision === 'hold' || gate.decision === 'skip') {
    const state = gate.decision === 'hold' ? 'held' : 'skipped';
    await markSetAside(deps.db, {
      orderGuid,
      state,
      findings: gate.findings,
      mappingVersion: deps.mappingVersion,
    });
    deps.logger.info(`Order ${state} by the order gate`, {
      orderGuid,
      sources: gate.findings.map((finding) => finding.source),
    });
    return { setAside: state };
  }
  await recordFindings(deps.db, { orderGuid, findings: gate.findings });
  if (gate.decision === 'block') {
    const finding = gate.findings.find((f) => f.outcome === 'block')!;
    throw new PermanentSyncError('check-failed', finding.reason, {
      field: finding.field ?? null,
      source: finding.source,
    });
  }
  return { send: gate };
}
