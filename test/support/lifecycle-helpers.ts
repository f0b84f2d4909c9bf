import type { KenticoOrder } from '@bpkc/shared-types';
import type { SandboxRig } from '@bpkc/sandbox';

import { waitForWriteBack } from './sandbox-helpers';
import { waitFor } from './wait-for';

/** Places a generated order (optionally paid, with given lines) and waits until it is in Brightpearl. */
export async function placeSyncedOrder(
  rig: SandboxRig,
  options: { status?: string; lines?: number } = {},
): Promise<KenticoOrder> {
  const input = rig.generator.nextOrder();
  if (options.lines) {
    input.items = rig.catalog.slice(0, options.lines).map((item, index) => ({
      sku: item.sku,
      name: item.name,
      quantity: index + 1,
      unitPrice: item.unitPrice,
      taxRate: item.taxRate,
    }));
  }
  if (options.status) input.status = options.status;
  const order = rig.kentico.placeOrder(input);
  const [synced] = await waitForWriteBack(rig, [order.OrderGUID]);
  return synced!;
}

/** Waits until a queue has nothing queued or running. */
export async function waitForQueue(
  rig: SandboxRig,
  queue: string,
  timeoutMs = 60_000,
): Promise<void> {
  await rig.kentico.whenIdle();
  await rig.brightpearl.whenWebhooksIdle();
  await waitFor(async () => ((await rig.companion.status()).queue[queue] ?? 0) === 0, {
    timeoutMs,
  });
}

export async function deadLetters(
  rig: SandboxRig,
): Promise<Array<{ record_key: string; reason: string; flow: string }>> {
  return rig.companion.store.query(`SELECT record_key, reason, flow FROM dead_letters ORDER BY id`);
}

export const brightpearlOrder = (rig: SandboxRig, order: KenticoOrder) =>
  rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!;
