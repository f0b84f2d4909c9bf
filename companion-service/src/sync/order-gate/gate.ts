import type { Finding, KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import type { Db } from '../../store';
import { recordOrderHistory, runChecks } from './checks';
import { applyRules, isNewCustomer } from './rules';

export interface GateDecision {
  decision: 'send' | 'hold' | 'skip' | 'block';
  /** Every warn/hold/block/skip finding, checks first, then rules. */
  findings: Finding[];
  route: { statusId?: number; channelId?: number; warehouseId?: number };
  /** Rule notes, in rule order. */
  notes: string[];
  /** Rule tags, in rule order. */
  tags: string[];
}

export interface GateInput {
  order: KenticoOrder;
  mapping: MappingConfig;
  /** A person approved the held order: hold and skip become findings only; block still blocks. */
  approved: boolean;
}

/**
 * Decides, before any Brightpearl call, whether an order is sent, held for a person, skipped or
 * blocked. Reads only the companion's own tables (history, "customer is new"): it costs no calls.
 */
export async function evaluateOrderGate(deps: { db: Db }, input: GateInput): Promise<GateDecision> {
  const { order, mapping, approved } = input;
  await recordOrderHistory(deps.db, order);
  const checkFindings = await runChecks(deps, order, mapping.checks);
  let newCustomer: Promise<boolean> | undefined;
  const rules = await applyRules(mapping.rules, {
    order,
    approved,
    isNewCustomer: () => (newCustomer ??= isNewCustomer(deps.db, order)),
  });
  const findings = [...checkFindings, ...rules.findings];
  return {
    decision: decide(findings, approved),
    findings,
    route: rules.route,
    notes: rules.notes,
    tags: rules.tags,
  };
}

/** Any block blocks; else a hold holds, else a skip skips (both only without an approval). */
export function decide(findings: readonly Finding[], approved: boolean): GateDecision['decision'] {
  const has = (outcome: Finding['outcome']) => findings.some((f) => f.outcome === outcome);
  if (has('block')) return 'block';
  if (approved) return 'send';
  if (has('hold')) return 'hold';
  if (has('skip')) return 'skip';
  return 'send';
}
