import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import {
  brightpearlOrdersByExternalRef,
  placeGeneratedOrders,
  waitForWriteBack,
} from '../support/sandbox-helpers';

describe('the Brightpearl request budget', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    // 15 requests per 1.5 s: small enough that 40 orders need many budget periods.
    rig = await startSandbox({ cap: 15, windowMs: 1_500, seed: 3, concurrency: 6 });
  });
  afterAll(() => rig.stop());

  it('syncs every order under a small cap, without dead letters', async () => {
    const placed = placeGeneratedOrders(rig, 40);
    await waitForWriteBack(
      rig,
      placed.map((order) => order.OrderGUID),
      300_000,
    );

    const byRef = brightpearlOrdersByExternalRef(rig);
    for (const order of placed) expect(byRef.get(order.OrderGUID)).toHaveLength(1);
    const status = await rig.companion.status();
    expect(status.orders).toMatchObject({ synced: 40, failed: 0 });
    expect(status.deadLetters).toEqual({});
    // The work really needed several budget periods.
    expect(rig.brightpearl.requestLog.count()).toBeGreaterThan(15 * 3);
  });
});
