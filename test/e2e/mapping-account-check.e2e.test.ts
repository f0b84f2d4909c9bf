import { createSilentLogger, mintAdminToken } from '@bpkc/companion-service';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const secret = 'c'.repeat(40);
const scope = { audience: 'https://companion.shop.example.com', installationId: 'shop-e2e' };
const VIEW = `Bearer ${mintAdminToken(
  { secret, ...scope },
  {
    sub: 'ops@shop.example.com',
    permissions: ['view'],
    exp: Math.floor(Date.now() / 1000) + 600,
  },
)}`;

/** The companion's warnings, kept to check what reaches the log. */
const warnings: Array<{ message: string; fields: unknown }> = [];
const logger = Object.assign(Object.create(createSilentLogger()), {
  warn: (message: string, fields?: unknown) => void warnings.push({ message, fields }),
});

/**
 * The sandbox mapping pointed at an account whose lookups differ: the findings are named on
 * connect, the companion keeps running, and orders that would carry a value the account lacks
 * are dead-lettered as `invalid-mapping` instead of being sent for Brightpearl to refuse.
 */
describe('the mapping checked against the connected account', () => {
  let rig: SandboxRig;
  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      seed: 71,
      logger,
      admin: { tokenSecret: secret, origin: 'https://admin.shop.example.com', ...scope },
    });
  });
  afterAll(() => rig.stop());

  const connection = async () =>
    (await request(`${rig.companionUrl}/api/v1`).get('/connection').set('authorization', VIEW))
      .body;

  it('names each value this account lacks on connect, and refuses orders that carry one', async () => {
    // The sandbox account checks out as connected.
    const first = await waitFor(async () => {
      const check = (await connection()).mappingCheck;
      return check?.checkedAt ? check : undefined;
    });
    expect(first).toMatchObject({ mappingVersion: 1, issues: [] });

    // Another account: no "DPD Next Day" (id 2), and a Retail list that includes tax.
    const { lookups } = rig.brightpearl.state;
    const saved = { shipping: [...lookups.shippingMethods], priceLists: [...lookups.priceLists] };
    lookups.shippingMethods = lookups.shippingMethods.filter((method) => method.id !== 2);
    lookups.priceLists = lookups.priceLists.map((list) =>
      list.id === 1 ? { ...list, gross: true } : list,
    );
    await rig.companion.connect(rig.companionUrl);
    await rig.companion.settle();

    const has =
      'the account has 1 "Royal Mail 1st Class", 3 "Click & Collect", 4 "International Tracked"';
    const { mappingCheck } = await connection();
    expect(mappingCheck.issues).toEqual([
      {
        path: 'shippingMethods.DpdNextDay',
        message: `Brightpearl shipping method 2 does not exist (${has})`,
        severity: 'error',
      },
      {
        path: 'fulfilment.carriers.2',
        message: `Brightpearl shipping method 2 does not exist (${has})`,
        severity: 'error',
      },
      {
        path: 'brightpearl.priceMode',
        message:
          'priceMode "EXC" (net) but price list 1 "Retail GBP (GBP, gross)" is gross: set priceMode "INC" or pick a net list',
        severity: 'error',
      },
    ]);
    expect(warnings).toContainEqual({
      message: 'The mapping does not fit the connected Brightpearl account',
      fields: expect.objectContaining({ reason: 'connect', errors: 3 }),
    });

    // An order carrying those values is not sent: a dead letter names the fields to fix.
    const order = rig.kentico.placeOrder({
      ...rig.generator.nextOrder(),
      shippingMethod: 'DpdNextDay',
    });
    const letter = await waitFor(async () => {
      const rows = await rig.companion.store.query<{ reason: string; message: string }>(
        `SELECT reason, message FROM dead_letters WHERE record_key = $1`,
        [order.OrderGUID],
      );
      return rows[0];
    });
    expect(letter.reason).toBe('invalid-mapping');
    expect(letter.message).toContain('shippingMethods.DpdNextDay: Brightpearl shipping method 2');
    expect(letter.message).toContain('brightpearl.priceMode: priceMode "EXC"');
    const refs = [...rig.brightpearl.state.orders.values()].map((sent) => sent.externalRef);
    expect(refs).not.toContain(order.OrderGUID);
    // No customer data in what was logged about the mapping.
    const logged = JSON.stringify(warnings);
    expect(logged).not.toContain(order.Customer.CustomerEmail);

    // The merchant's account is put right; the next check clears the findings and orders flow.
    lookups.shippingMethods = saved.shipping;
    lookups.priceLists = saved.priceLists;
    const again = await request(`${rig.companionUrl}/api/v1`)
      .post('/connection/mapping-check')
      .set('authorization', VIEW)
      .expect(200);
    expect(again.body.issues).toEqual([]);
    const next = rig.kentico.placeOrder({
      ...rig.generator.nextOrder(),
      shippingMethod: 'DpdNextDay',
    });
    await waitForWriteBack(rig, [next.OrderGUID]);
  });
});
