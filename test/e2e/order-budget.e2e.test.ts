import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import {
  brightpearlOrdersByExternalRef,
  placeGeneratedOrders,
  waitForWriteBack,
} from '../support/sandbox-helpers';
import { maxRolling } from '../bench/rolling-peak';

describe('the Brightpearl request budget', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    // 15 requests per rolling 1.5 s: small enough that 40 orders need many windows.
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
    // The work really needed several windows, and the pacer kept to the sliding one: the
    // simulator counted at most 15 in any rolling 1.5 s and never had to refuse a request.
    const log = rig.brightpearl.requestLog;
    expect(log.count()).toBeGreaterThan(15 * 3);
    expect(maxRolling(log.entries(), 1_500, { includeThrottled: true })).toBeLessThanOrEqual(15);
    expect(log.countThrottled()).toBe(0);
  });
});
