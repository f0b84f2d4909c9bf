import type { MappingConfig } from '@bpkc/shared-types';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { ADMIN, adminEdit, saveMapping } from '../support/mapping-helpers';
import { brightpearlOrdersByExternalRef, waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const BIG = 5000;
const GIFTS = '@gifts.example';

/** Business rules (ADR 0026): hold, route, note and tag, and a blocking check, end to end. */
describe('business rules and the Held list', () => {
  let rig: SandboxRig;
  const api = () => request(`${rig.companionUrl}/api/v1`);

  const withRules = (mapping: MappingConfig): MappingConfig => ({
    ...mapping,
    settings: { ...mapping.settings, orderTagField: 'PCF_TAGS' },
    rules: [
      {
        id: 'big',
        name: `Orders over ${BIG}`,
        enabled: true,
        when: [{ kind: 'total-over', amount: BIG }],
        action: { kind: 'hold', reason: `Over ${BIG}: check the customer first` },
      },
      {
        id: 'big-overflow',
        name: 'Big orders ship from Overflow',
        enabled: true,
        when: [{ kind: 'total-over', amount: BIG }],
        action: { kind: 'route', warehouseId: 3 },
      },
      {
        id: 'gift-note',
        name: 'Gift note',
        enabled: true,
        when: [{ kind: 'expression', expression: `$contains(Customer.CustomerEmail, "${GIFTS}")` }],
        action: { kind: 'note', text: 'Gift: no invoice in the box' },
      },
      {
        id: 'gift-tag',
        name: 'Gift tag',
        enabled: true,
        when: [{ kind: 'expression', expression: `$contains(Customer.CustomerEmail, "${GIFTS}")` }],
        action: { kind: 'tag', tag: 'gift' },
      },
    ],
  });

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 41, admin: ADMIN });
    await saveMapping(rig.companionUrl, withRules);
  });
  afterAll(() => rig.stop());

  const stateOf = async (orderGuid: string) => {
    const [row] = await rig.companion.store.query<{ state: string; brightpearl_calls: number }>(
      `SELECT state, brightpearl_calls FROM order_sync WHERE order_guid = $1`,
      [orderGuid],
    );
    return row;
  };
  const waitForState = (orderGuid: string, state: string) =>
    waitFor(async () => (await stateOf(orderGuid))?.state === state, {
      describe: () => stateOf(orderGuid),
    });
  const idle = () =>
    waitFor(async () => {
      const depths = await rig.companion.queue.depths();
      return depths['order-sync'] === 0 && depths['order-annotate'] === 0;
    });
  const inBrightpearl = (orderGuid: string) =>
    brightpearlOrdersByExternalRef(rig).get(orderGuid) ?? [];

  const placeBigOrder = () => {
    const input = rig.generator.nextOrder();
    const [first, ...rest] = input.items;
    return rig.kentico.placeOrder({
      ...input,
      items: [{ ...first!, unitPrice: BIG + 1 }, ...rest],
    });
  };

  it('holds an order over the limit at no Brightpearl call; approve sends it once, routed', async () => {
    const order = placeBigOrder();
    await waitForState(order.OrderGUID, 'held');
    expect(inBrightpearl(order.OrderGUID)).toEqual([]);
    expect((await stateOf(order.OrderGUID))!.brightpearl_calls).toBe(0);

    const held = await api().get('/held').set('authorization', adminEdit()).expect(200);
    expect(held.body.items).toContainEqual(
      expect.objectContaining({
        orderGuid: order.OrderGUID,
        findings: expect.arrayContaining([
          expect.objectContaining({ source: 'rule:big', outcome: 'hold' }),
        ]),
      }),
    );

    await api()
      .post(`/held/${order.OrderGUID}/approve`)
      .set('authorization', adminEdit())
      .send({ comment: 'known customer' })
      .expect(202);
    const [synced] = await waitForWriteBack(rig, [order.OrderGUID]);
    const created = rig.brightpearl.state.orders.get(synced!.BpcBrightpearlOrderID!);
    expect(created!.warehouseId).toBe(3);

    // Later events for the order change nothing: still exactly one Brightpearl order.
    rig.kentico.emitEvent('order.updated', order.OrderGUID);
    await rig.kentico.whenIdle();
    await idle();
    expect(inBrightpearl(order.OrderGUID)).toEqual([synced!.BpcBrightpearlOrderID]);
  });

  it('a rejected order is never sent, whatever events follow', async () => {
    const order = placeBigOrder();
    await waitForState(order.OrderGUID, 'held');
    await api()
      .post(`/held/${order.OrderGUID}/reject`)
      .set('authorization', adminEdit())
      .send({ reason: 'Suspected fraud' })
      .expect(200);
    rig.kentico.emitEvent('order.updated', order.OrderGUID);
    await rig.kentico.whenIdle();
    await idle();
    expect((await stateOf(order.OrderGUID))!.state).toBe('rejected');
    expect(inBrightpearl(order.OrderGUID)).toEqual([]);
  });

  it('a note and a tag rule add the note and the custom field once, even after a resend', async () => {
    const input = rig.generator.nextOrder();
    const order = rig.kentico.placeOrder({
      ...input,
      customer: { ...input.customer, email: `rules.gift${GIFTS}` },
    });
    const [synced] = await waitForWriteBack(rig, [order.OrderGUID]);
    const created = rig.brightpearl.state.orders.get(synced!.BpcBrightpearlOrderID!)!;
    await waitFor(() => (created.notes?.length ?? 0) > 0 && created.customFields?.['PCF_TAGS']);
    expect(created.customFields).toEqual({ PCF_TAGS: 'gift' });

    await api()
      .post(`/orders/${order.OrderGUID}/resend`)
      .set('authorization', adminEdit())
      .send({})
      .expect(202);
    await waitFor(async () => {
      const [row] = await rig.companion.store.query<{ n: number | string }>(
        `SELECT count(*) AS n FROM order_sync_history WHERE order_guid = $1`,
        [order.OrderGUID],
      );
      return Number(row?.n) === 2;
    });
    await idle();
    expect(created.notes!.map((note) => note.text)).toEqual(['Gift: no invoice in the box']);
    expect(inBrightpearl(order.OrderGUID)).toEqual([synced!.BpcBrightpearlOrderID]);
  });

  it('a blocking check dead-letters the order with its reason, never sending it', async () => {
    await saveMapping(rig.companionUrl, (mapping) => ({
      ...mapping,
      checks: { ...mapping.checks, email: { mode: 'block' } },
    }));
    const input = rig.generator.nextOrder();
    const order = rig.kentico.placeOrder({
      ...input,
      customer: { ...input.customer, email: 'not-an-email' },
    });
    await waitForState(order.OrderGUID, 'dead-lettered');
    const letters = await rig.companion.store.query<{ reason: string; message: string }>(
      `SELECT reason, message FROM dead_letters WHERE record_key = $1`,
      [order.OrderGUID],
    );
    expect(letters).toEqual([
      { reason: 'check-failed', message: expect.stringContaining('"not-an-email"') },
    ]);
    expect(inBrightpearl(order.OrderGUID)).toEqual([]);
  });

  it('loses and duplicates nothing', async () => {
    await idle();
    const duplicated = [...brightpearlOrdersByExternalRef(rig).values()].filter(
      (ids) => ids.length > 1,
    );
    expect(duplicated).toEqual([]);
    const [row] = await rig.companion.store.query<{ unsettled: number | string }>(
      `SELECT count(*) AS unsettled FROM order_sync WHERE state IN ('pending', 'syncing')`,
    );
    expect(Number(row!.unsettled)).toBe(0);
  });
});
