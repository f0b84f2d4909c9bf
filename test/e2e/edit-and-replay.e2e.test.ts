import type { EditableOrderValues } from '@bpkc/shared-types';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { ADMIN, adminEdit, saveMapping } from '../support/mapping-helpers';
import { brightpearlOrdersByExternalRef } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const BAD = 'LS1 1A';
const GOOD = 'LS1 1AA';

/** Edit before retry: a postcode the address check blocks, corrected by the merchant, sent once. */
describe('edit and replay', () => {
  let rig: SandboxRig;
  const api = () => request(`${rig.companionUrl}/api/v1`);

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 43, admin: ADMIN });
    await saveMapping(rig.companionUrl, (mapping) => ({
      ...mapping,
      checks: { ...mapping.checks, address: { mode: 'block' } },
    }));
  });
  afterAll(() => rig.stop());

  const openFailureOf = async (orderGuid: string) => {
    const [row] = await rig.companion.store.query<{ id: number; reason: string }>(
      `SELECT id, reason FROM dead_letters WHERE record_key = $1 AND resolved_at IS NULL`,
      [orderGuid],
    );
    return row;
  };

  it('sends the corrected postcode to Brightpearl in exactly one order', async () => {
    const input = rig.generator.nextOrder();
    const address = { ...input.billingAddress, zip: BAD, country: 'GBR' };
    const order = rig.kentico.placeOrder({
      ...input,
      billingAddress: address,
      shippingAddress: address,
    });
    const failure = await waitFor(() => openFailureOf(order.OrderGUID));
    expect(failure.reason).toBe('check-failed');
    expect(brightpearlOrdersByExternalRef(rig).get(order.OrderGUID)).toBeUndefined();

    const listed = await api().get('/failures').set('authorization', adminEdit()).expect(200);
    const item = listed.body.items.find((f: { id: number }) => Number(f.id) === Number(failure.id));
    expect(item).toMatchObject({ orderNumber: order.OrderNumber, hint: { editable: true } });

    const start = await api()
      .get(`/failures/${failure.id}/editable`)
      .set('authorization', adminEdit())
      .expect(200);
    const values = (start.body as EditableOrderValues).values;
    expect(values.shipping?.postcode).toBe(BAD);
    const bad = await api()
      .post(`/failures/${failure.id}/edit-and-replay`)
      .set('authorization', adminEdit())
      .send({ override: { shipping: { postcode: 42 } } })
      .expect(400);
    expect(bad.body.field).toBe('override.shipping.postcode');

    await api()
      .post(`/failures/${failure.id}/edit-and-replay`)
      .set('authorization', adminEdit())
      .send({ override: { shipping: { postcode: GOOD }, billing: { postcode: GOOD } } })
      .expect(200);
    await waitFor(() => brightpearlOrdersByExternalRef(rig).get(order.OrderGUID));
    await waitFor(async () => (await rig.companion.queue.depths())['order-sync'] === 0);
    const ids = brightpearlOrdersByExternalRef(rig).get(order.OrderGUID)!;
    expect(ids).toHaveLength(1);
    const sent = rig.brightpearl.state.orders.get(ids[0]!)!;
    expect(sent.delivery.address.postalCode).toBe(GOOD);
    // Kentico keeps its own copy: only what Brightpearl got was corrected.
    const kentico = rig.kentico.getOrder(order.OrderGUID)!;
    expect(kentico.Addresses.every((a) => a.OrderAddressZip === BAD)).toBe(true);
    expect(await openFailureOf(order.OrderGUID)).toBeUndefined();
  });
});
