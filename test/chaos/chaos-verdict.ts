import type { SyncStatus } from '@bpkc/shared-types';

import { duplicateContacts, evaluate, type Verdict } from './chaos-checks';
import type { LifecycleLog } from './chaos-flows';
import type { PlacedOrders } from './chaos-load';
import type { ChaosSims } from './chaos-sims';
import type { FlowFigures, FlowTally } from './flow-tally';
import {
  checkBrightpearlCredits,
  checkCustomers,
  checkPayments,
  checkRefunds,
} from './money-customer-checks';
import { checkShipments, checkStatuses } from './order-lifecycle-checks';

/** Every check of the run: orders and stock (Verdict), each lifecycle flow, duplicate contacts. */
export interface RunVerdict {
  ok: boolean;
  orders: Verdict;
  flows: Record<string, FlowFigures>;
  /** Flow → its bad records, described (for the report on stderr). */
  problems: Record<string, string[]>;
  duplicateContacts: number;
}

export function evaluateRun(
  sims: ChaosSims,
  input: { placed: PlacedOrders; log: LifecycleLog; status: SyncStatus | undefined },
): RunVerdict {
  const { placed, log } = input;
  const orders = evaluate(sims, placed, input.status);
  const tallies: Record<string, FlowTally> = {
    shipments: checkShipments(sims, log),
    ...checkStatuses(sims, log),
    payments: checkPayments(sims, placed, log),
    refunds: checkRefunds(sims, log),
    brightpearlCredits: checkBrightpearlCredits(sims, log),
    customers: checkCustomers(sims, log),
  };
  const flows: Record<string, FlowFigures> = {
    orders: {
      expected: placed.good.length,
      lost: orders.lost.length,
      duplicated: orders.duplicated.length,
      // In Brightpearl but not (or wrongly) written back; the lost ones count as lost only.
      wrong:
        orders.notWrittenBack.filter((guid) => !orders.lost.includes(guid)).length +
        orders.wrongWriteBack.length,
    },
  };
  const problems: Record<string, string[]> = {};
  for (const [name, tally] of Object.entries(tallies)) {
    flows[name] = tally.result();
    if (tally.problems.length > 0) problems[name] = tally.problems;
  }
  const contacts = duplicateContacts(sims);
  return {
    ok: orders.ok && Object.values(tallies).every((tally) => tally.ok) && contacts === 0,
    orders,
    flows,
    problems,
    duplicateContacts: contacts,
  };
}

/** A fingerprint of the figures: when it stops changing, waiting longer will not help. */
export const verdictFingerprint = (verdict: RunVerdict): string =>
  JSON.stringify([
    verdict.flows,
    verdict.orders.staleStock.length,
    verdict.orders.deadLetters,
    verdict.duplicateContacts,
  ]);
