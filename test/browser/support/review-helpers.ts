import type { SandboxRig } from '@bpkc/sandbox';
import type { Page } from 'playwright-core';

import { waitFor } from '../../support/wait-for';

/** The companion's sync state of one order (held, rejected, synced, …), undefined if unknown. */
export async function orderStateOf(
  rig: SandboxRig,
  orderGuid: string,
): Promise<string | undefined> {
  const rows = await rig.companion.store.query<{ state: string }>(
    'SELECT state FROM order_sync WHERE order_guid = $1',
    [orderGuid],
  );
  return rows[0]?.state;
}

export const waitForOrderState = (rig: SandboxRig, orderGuid: string, state: string) =>
  waitFor(async () => (await orderStateOf(rig, orderGuid)) === state, {
    describe: () => orderStateOf(rig, orderGuid),
  });

/** A generated order with one line worth `netTotal` (plus 20% tax and shipping). */
export function placeOrderWorth(rig: SandboxRig, netTotal: number) {
  const order = rig.generator.nextOrder();
  const item = order.items[0]!;
  return rig.kentico.placeOrder({
    ...order,
    items: [{ ...item, quantity: 1, unitPrice: netTotal }],
  });
}

/** An admin API answer read with the page's own token (what the screen itself would see). */
export function adminGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (apiPath) => {
    const config = JSON.parse(document.getElementById('shell-config')!.textContent!) as {
      props: { companionUrl: string; adminToken: string };
    };
    const response = await fetch(`${config.props.companionUrl}/api/v1${apiPath}`, {
      headers: { Authorization: `Bearer ${config.props.adminToken}` },
    });
    return (await response.json()) as T;
  }, path) as Promise<T>;
}
