import { mintAdminToken } from '@bpkc/companion-service';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { waitForWriteBack } from '../support/sandbox-helpers';

const secret = 'b'.repeat(40);
const scope = { audience: 'https://companion.shop.example.com', installationId: 'shop-e2e' };
const bearer = (permissions: Array<'view' | 'edit'>) =>
  `Bearer ${mintAdminToken(
    { secret, ...scope },
    {
      sub: 'ops@shop.example.com',
      permissions,
      exp: Math.floor(Date.now() / 1000) + 300,
    },
  )}`;
const VIEW = bearer(['view']);
const EDIT = bearer(['view', 'edit']);

/** The endpoints behind the admin's mapping, orders and connection screens, on the sandbox rig. */
describe('admin screens on the sandbox rig', () => {
  let rig: SandboxRig;
  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      seed: 93,
      admin: { tokenSecret: secret, origin: 'https://admin.shop.example.com', ...scope },
    });
  });
  afterAll(() => rig.stop());

  const api = () => request(`${rig.companionUrl}/api/v1`);
  const values = (options: Array<{ value: string }>) => options.map((option) => option.value);

  it('lists both simulators for the mapping screens, and the sandbox mapping checks out', async () => {
    const lookups = await api().get('/lookups').set('authorization', VIEW).expect(200);
    expect(lookups.body.errors).toEqual([]);
    expect(values(lookups.body.kentico.shippingMethods)).toContain('PigeonPost');
    expect(values(lookups.body.brightpearl.paymentMethods)).toEqual(
      expect.arrayContaining(['CARD', 'PAYPAL', 'BANK']),
    );
    expect(lookups.body.brightpearl.taxCodes).toContainEqual({
      value: 'T20',
      label: 'T20 — Standard rate (20%)',
    });

    const current = await api().get('/mappings/current').set('authorization', VIEW).expect(200);
    const check = (mapping: unknown) =>
      api().post('/mappings/validate').set('authorization', VIEW).send({ mapping }).expect(200);
    expect((await check(current.body.mapping)).body).toEqual({ valid: true, issues: [] });

    const draft = structuredClone(current.body.mapping);
    draft.shippingMethods.PigeonPost = 99;
    expect((await check(draft)).body.issues).toEqual([
      {
        path: 'shippingMethods.PigeonPost',
        message:
          'Brightpearl shipping method 99 does not exist (the account has 1 "Royal Mail 1st Class", 2 "DPD Next Day", 3 "Click & Collect", 4 "International Tracked")',
        severity: 'error',
      },
    ]);
    const refused = await api()
      .put('/mappings')
      .set('authorization', EDIT)
      .send({ mapping: draft });
    expect([refused.status, refused.body.field]).toEqual([
      400,
      'mapping.shippingMethods.PigeonPost',
    ]);
    draft.shippingMethods.PigeonPost = 1;
    await api().put('/mappings').set('authorization', EDIT).send({ mapping: draft }).expect(200);
    await api().put('/mappings').set('authorization', VIEW).send({ mapping: draft }).expect(403);
  });

  it('finds a synced order by its customer e-mail, with a link to it in Brightpearl', async () => {
    const input = rig.generator.nextOrder();
    const email = 'Jo.Example@Shop.Example.com';
    const order = rig.kentico.placeOrder({ ...input, customer: { ...input.customer, email } });
    await waitForWriteBack(rig, [order.OrderGUID]);
    const found = await api()
      .get(`/orders?search=${encodeURIComponent(email.toUpperCase())}`)
      .set('authorization', VIEW)
      .expect(200);
    expect(found.body.items).toHaveLength(1);
    const [summary] = found.body.items;
    expect(summary).toMatchObject({
      orderGuid: order.OrderGUID,
      customerEmail: email.toLowerCase(),
    });
    expect(summary.brightpearlOrderUrl).toMatch(
      new RegExp(
        `^http://127\\.0\\.0\\.1:\\d+/public-api/\\w+/order-service/order/${summary.brightpearlOrderId}$`,
      ),
    );
    const detail = await api()
      .get(`/orders/${order.OrderGUID}`)
      .set('authorization', VIEW)
      .expect(200);
    expect(detail.body.brightpearlOrderUrl).toBe(summary.brightpearlOrderUrl);
  });

  it('shows the connection, tests it and re-registers the webhooks', async () => {
    const connection = await api().get('/connection').set('authorization', VIEW).expect(200);
    expect(connection.body.brightpearl).toMatchObject({
      environment: 'sandbox',
      authMode: 'account-token',
      apiBaseUrl: expect.stringMatching(/\/public-api\/\w+$/),
      oauth: null,
    });
    expect(connection.body.kentico.bridgeUrl).toMatch(/\/bpconnect\/v1$/);
    // Registered on start (listen), read back without a Brightpearl call.
    expect(connection.body.webhooks).toMatchObject({ state: 'registered', expected: 5 });
    expect(
      connection.body.webhooks.subscriptions.every((s: { id: unknown }) => s.id !== null),
    ).toBe(true);

    const probes = () => rig.brightpearl.requestLog.count('GET /warehouse-service/warehouse');
    const before = probes();
    const tested = await api().post('/connection/test').set('authorization', VIEW).expect(200);
    expect(tested.body.brightpearl).toMatchObject({ ok: true, latencyMs: expect.any(Number) });
    expect(tested.body.kentico).toMatchObject({ ok: true, latencyMs: expect.any(Number) });
    expect(probes() - before).toBe(1);

    await api().post('/connection/webhooks').set('authorization', VIEW).expect(403);
    const again = await api().post('/connection/webhooks').set('authorization', EDIT).expect(200);
    expect(again.body).toMatchObject({ state: 'registered', expected: 5 });
    // Idempotent: the same subscriptions are kept, none created again.
    const ids = (webhooks: { subscriptions: Array<{ id: number }> }) =>
      webhooks.subscriptions.map((subscription) => subscription.id);
    expect(ids(again.body)).toEqual(ids(connection.body.webhooks));
  });
});
