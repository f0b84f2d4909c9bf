import { type SandboxOptions, type SandboxRig, startSandbox } from '@bpkc/sandbox';
import type { Page } from 'playwright-core';

import { waitFor } from '../../support/wait-for';
import { keepScreenshotOnFailure } from './artifacts';
import { type BrowserSession, openBrowser } from './browser';

/** The sandbox (both simulators + companion) with the /admin shell, tuned for quick tests. */
export function startAdminRig(options: SandboxOptions = {}): Promise<SandboxRig> {
  return startSandbox({
    cap: 100_000,
    seed: 7,
    eventRetry: { initialMs: 50, maxMs: 500 },
    ...options,
  });
}

/** Opens an admin screen of the shell and waits until the template has rendered. */
export async function openAdmin(
  page: Page,
  target: { rig: Pick<SandboxRig, 'companionUrl'>; screen: string; as?: 'admin' | 'viewer' },
): Promise<void> {
  const query = target.as ? `?as=${target.as}` : '';
  await page.goto(`${target.rig.companionUrl}/admin/${target.screen}${query}`);
  await page.waitForFunction(
    () => (window as { bpconnectShellReady?: boolean }).bpconnectShellReady,
  );
}

/** Places `count` generated orders and waits until Brightpearl has every one. */
export async function placeSyncedOrders(rig: SandboxRig, count: number) {
  const orders = Array.from({ length: count }, () =>
    rig.kentico.placeOrder(rig.generator.nextOrder()),
  );
  await waitFor(() =>
    orders.every((order) => brightpearlOrderOf(rig, order.OrderGUID) !== undefined),
  );
  return orders;
}

/** The Brightpearl sales orders that carry this Kentico order GUID as externalRef. */
export function brightpearlOrdersOf(rig: SandboxRig, orderGuid: string) {
  return [...rig.brightpearl.state.orders.values()].filter((o) => o.externalRef === orderGuid);
}

export const brightpearlOrderOf = (rig: SandboxRig, orderGuid: string) =>
  brightpearlOrdersOf(rig, orderGuid)[0];

export interface AdminSuite {
  rig: SandboxRig;
  browser: BrowserSession;
}

/** Starts the sandbox and a browser before a file's tests and stops both after them. */
export function adminSuite(options: SandboxOptions = {}): AdminSuite {
  const suite = {} as AdminSuite;
  beforeAll(async () => {
    suite.rig = await startAdminRig(options);
    suite.browser = await openBrowser();
  });
  keepScreenshotOnFailure(() => suite.browser?.page);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.rig?.stop();
  });
  return suite;
}

/** A Kentico order with "Pigeon post", which the sandbox mapping does not map: a dead letter. */
export async function placeUnmappedShippingOrder(rig: SandboxRig, expectedOpen = 1) {
  const order = rig.kentico.placeOrder({
    ...rig.generator.nextOrder(),
    shippingMethod: 'PigeonPost',
  });
  await waitFor(
    async () =>
      (await rig.companion.status()).deadLetters['unmapped-shipping-method'] === expectedOpen,
  );
  return order;
}
