import { randomUUID } from 'node:crypto';

import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

describe('bad input is refused or dead-lettered, never lost', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, seed: 5 });
  });
  afterAll(() => rig.stop());

  const event = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      eventId: randomUUID(),
      type: 'order.created',
      objectGuid: randomUUID(),
      occurredAt: new Date().toISOString(),
      ...overrides,
    });

  const post = (body: string, headers = rig.kentico.signedEventHeaders(body)) =>
    request(rig.companionUrl)
      .post('/webhooks/kentico')
      .set(headers)
      .set('content-type', 'application/json')
      .send(body);

  it('answers 401 to a bad signature and to a missing one', async () => {
    const body = event();
    const headers = rig.kentico.signedEventHeaders(body);
    const tampered = { ...headers, 'x-bpconnect-signature': `v1=${'0'.repeat(64)}` };
    expect((await post(body, tampered)).status).toBe(401);
    const unsigned = await request(rig.companionUrl).post('/webhooks/kentico').send(body);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error).toMatch(/signature/);
  });

  it('answers 400 naming the problem for malformed and unknown events', async () => {
    const notJson = await post('{"eventId":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error).toMatch(/JSON/);

    const unknownType = await post(event({ type: 'order.exploded' }));
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.field).toBe('type');

    const noId = await post(
      JSON.stringify({
        type: 'order.created',
        objectGuid: randomUUID(),
        occurredAt: new Date().toISOString(),
      }),
    );
    expect(noId.status).toBe(400);
    expect(noId.body.field).toBe('eventId');
  });

  it('dead-letters unknown SKUs, unmapped shipping methods and invalid addresses with reasons', async () => {
    const base = () => rig.generator.nextOrder();
    const unknownSku = base();
    unknownSku.items[0] = { ...unknownSku.items[0]!, sku: 'NOT-IN-BRIGHTPEARL' };
    const bad = [
      rig.kentico.placeOrder(unknownSku),
      rig.kentico.placeOrder({ ...base(), shippingMethod: 'PigeonPost' }),
      rig.kentico.placeOrder({
        ...base(),
        billingAddress: { ...base().billingAddress, line1: '  ' },
      }),
    ];
    const good = rig.kentico.placeOrder(base());
    await waitForWriteBack(rig, [good.OrderGUID]);
    const letters = await waitFor(async () => {
      const rows = await rig.companion.store.query<{
        record_key: string;
        reason: string;
        payload: unknown;
      }>(`SELECT record_key, reason, payload FROM dead_letters ORDER BY id`);
      return rows.length === 3 ? rows : undefined;
    });
    const byOrder = Object.fromEntries(letters.map((row) => [row.record_key, row.reason]));
    expect(byOrder).toEqual({
      [bad[0]!.OrderGUID]: 'unknown-sku',
      [bad[1]!.OrderGUID]: 'unmapped-shipping-method',
      [bad[2]!.OrderGUID]: 'invalid-address',
    });
    const unknownSkuLetter = letters.find((row) => row.reason === 'unknown-sku')!;
    expect(JSON.stringify(unknownSkuLetter.payload)).toContain('NOT-IN-BRIGHTPEARL');
    // Nothing reached Brightpearl for them, and the status counts them as failed.
    const refs = [...rig.brightpearl.state.orders.values()].map((order) => order.externalRef);
    for (const order of bad) expect(refs).not.toContain(order.OrderGUID);
    expect((await rig.companion.status()).orders.failed).toBe(3);
  });
});
