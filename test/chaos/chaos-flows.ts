import type { StoredOrder } from '@bpkc/sandbox';

/** The lifecycle flows the run drives besides order creation and stock. */
export type FlowName =
  'shipments' | 'statusesToBrightpearl' | 'statusesToKentico' | 'refunds' | 'brightpearlCredits';

/**
 * What the lifecycle driver did (and so what the companion owes): every action is recorded only
 * once the simulator accepted it. Read by the checks after convergence.
 */
export interface LifecycleLog {
  /** Order GUID → the goods-out notes made for it (first a partial one, then the rest). */
  shipments: Map<string, number[]>;
  /** Order GUIDs set to a Kentico-owned status in Kentico (→ Brightpearl status 2, and paid). */
  statusesToBrightpearl: Map<string, { brightpearlOrderId: number; transitions: number[] }>;
  /** Order GUIDs whose Brightpearl status was set to 4 (→ Kentico "Processing"). */
  statusesToKentico: Map<string, { brightpearlOrderId: number; transitions: number[] }>;
  /** Kentico refund GUID → its order GUID. */
  refunds: Map<string, string>;
  /** Brightpearl sales credit id → the credited order's GUID. */
  brightpearlCredits: Map<number, string>;
  /** Kentico customer GUID → the customer's e-mail, edited on both sides. */
  customers: Map<string, string>;
  /** Actions a simulator refused (not owed by the companion), by flow. */
  refused: Record<string, number>;
}

export function emptyLifecycleLog(): LifecycleLog {
  return {
    shipments: new Map(),
    statusesToBrightpearl: new Map(),
    statusesToKentico: new Map(),
    refunds: new Map(),
    brightpearlCredits: new Map(),
    customers: new Map(),
    refused: {},
  };
}

/**
 * Records every change of a Brightpearl order's status from now on (writes of the same value
 * are not changes): the simulator keeps no history, and an echo shows up as an extra change.
 * A property spy on the stored order, so nothing in the simulator changes for it.
 */
export function watchStatus(order: StoredOrder): number[] {
  const transitions: number[] = [];
  let current = order.statusId;
  Object.defineProperty(order, 'statusId', {
    enumerable: true,
    configurable: true,
    get: () => current,
    set: (value: number) => {
      if (value !== current) transitions.push(value);
      current = value;
    },
  });
  return transitions;
}
