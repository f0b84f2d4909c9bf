import { mintAdminToken } from '@bpkc/companion-service';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { brightpearlOrdersByExternalRef, waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const secret = 'a'.repeat(40);
const scope = { audience: 'https://companion.shop.example.com', installationId: 'shop-e2e' };
const token = (permissions: Array<'view' | 'edit'>) =>
  mintAdminToken(
    { secret, ...scope },
    {
      sub: 'ops@shop.example.com',
      permissions,
      exp: Math.floor(Date.now() / 1000) + 300,
    },
  );

describe('admin API on the running companion', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      seed: 91,
      admin: { tokenSecret: secret, origin: 'https://admin.shop.example.com', ...scope },
    });
  });
  afterAll(() => rig.stop());

  const api = () => request(`${rig.companionUrl}/api/v1`);

  it('fixes an unmapped shipping method through the mappings and replays the order into Brightpearl', async () => {
    const input = rig.generator.nextOrder();
    const order = rig.kentico.placeOrder({ ...input, shippingMethod: 'Courier' });
    await waitFor(
      async () => (await rig.companion.status()).deadLetters['unmapped-shipping-method'] === 1,
    );
    const failures = await api()
      .get('/failures?reason=unmapped-shipping-method')
      .set('authorization', `Bearer ${token(['view'])}`);
    expect(failures.status).toBe(200);
    const failure = failures.body.items?.[0] ?? failures.body[0];
    expect(failure.recordKey).toBe(order.OrderGUID);

    const viewOnly = await api()
      .post(`/failures/${failure.id}/replay`)
      .set('authorization', `Bearer ${token(['view'])}`);
    expect(viewOnly.status).toBe(403);

    const current = await api()
      .get('/mappings/current')
      .set('authorization', `Bearer ${token(['view'])}`);
    const mapping = current.body.mapping;
    mapping.shippingMethods.Courier = 2;
    const saved = await api()
      .put('/mappings')
      .set('authorization', `Bearer ${token(['view', 'edit'])}`)
      .send({ mapping, comment: 'map Courier' });
    expect(saved.status).toBe(200);
    const replay = await api()
      .post(`/failures/${failure.id}/replay`)
      .set('authorization', `Bearer ${token(['view', 'edit'])}`);
    expect(replay.status).toBeLessThan(300);

    await waitForWriteBack(rig, [order.OrderGUID]);
    expect(brightpearlOrdersByExternalRef(rig).get(order.OrderGUID)).toHaveLength(1);
  });

  it('a resend adopts the same Brightpearl order, keeps the first sync time and shows both syncs', async () => {
    const order = rig.kentico.placeOrder(rig.generator.nextOrder());
    await waitForWriteBack(rig, [order.OrderGUID]);
    const view = `Bearer ${token(['view'])}`;
    const detail = async () =>
      (await api().get(`/orders/${order.OrderGUID}`).set('authorization', view)).body;
    type Entry = { title: string; details?: { trigger?: string } };
    const syncsOf = (body: { timeline: Entry[] }) =>
      body.timeline.filter((entry) => entry.title === 'synced to Brightpearl');
    const first = await detail();
    expect(syncsOf(first)).toHaveLength(1);

    const resend = await api()
      .post(`/orders/${order.OrderGUID}/resend`)
      .set('authorization', `Bearer ${token(['view', 'edit'])}`)
      .send({ comment: 'e2e' });
    expect(resend.status).toBe(202);
    await waitFor(async () => syncsOf(await detail()).length === 2);

    const after = await detail();
    expect(after.syncedAt).toBe(first.syncedAt);
    expect(syncsOf(after).map((entry) => entry.details?.trigger)).toEqual(['event', 'resend']);
    expect(brightpearlOrdersByExternalRef(rig).get(order.OrderGUID)).toHaveLength(1);
  });

  it('refuses requests without a valid token', async () => {
    expect((await api().get('/overview')).status).toBe(401);
    expect((await api().get('/overview').set('authorization', 'Bearer nope')).status).toBe(401);
  });
});
