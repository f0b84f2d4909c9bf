import type { KenticoOrder } from '@bpkc/shared-types';
import type { SandboxRig } from '@bpkc/sandbox';

import { waitFor } from './wait-for';

/** Waits until every given order carries its Brightpearl id in Kentico (synced and written back). */
export async function waitForWriteBack(
  rig: SandboxRig,
  orderGuids: string[],
  timeoutMs = 120_000,
): Promise<KenticoOrder[]> {
  return waitFor(
    () => {
      const orders = orderGuids.map((guid) => rig.kentico.getOrder(guid)!);
      return orders.every((order) => order.BpcBrightpearlOrderID !== null) ? orders : undefined;
    },
    { timeoutMs, describe: () => rig.companion.status() },
  );
}

/** Brightpearl orders per externalRef, to prove "exactly once". */
export function brightpearlOrdersByExternalRef(rig: SandboxRig): Map<string, number[]> {
  const byRef = new Map<string, number[]>();
  for (const order of rig.brightpearl.state.orders.values()) {
    const ref = order.externalRef ?? '';
    byRef.set(ref, [...(byRef.get(ref) ?? []), order.id]);
  }
  return byRef;
}

export function placeGeneratedOrders(rig: SandboxRig, count: number): KenticoOrder[] {
  return Array.from({ length: count }, () => rig.kentico.placeOrder(rig.generator.nextOrder()));
}
