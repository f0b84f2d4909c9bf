import { randomUUID } from 'node:crypto';

import { KenticoCustomerRecord, LIFECYCLE_PATHS } from '@bpkc/shared-types';

import { sampleOrderInput } from './fixtures';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { bridgeOrder, emitted, signedCall, TEST_SECRET } from './test-support';

describe('customers', () => {
  let sim: KenticoSimulator;
  const call = (method: 'get' | 'put', path: string, body?: unknown) =>
    signedCall(sim, { method, path, body });
  const put = (guid: string, fields: Record<string, unknown>, origin = 'brightpearl') =>
    call('put', LIFECYCLE_PATHS.customer(guid), { fields, origin });
  const grace = () =>
    sim.createCustomer(
      { email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper', phone: null },
      { emit: false },
    );

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
  });
  afterEach(() => sim.close());

  it('serves a checkout customer with the extension fields, by GUID and by e-mail', async () => {
    const order = sim.placeOrder(sampleOrderInput(), { emit: false });
    const guid = order.Customer.CustomerGUID;
    const res = await call('get', LIFECYCLE_PATHS.customer(guid.toUpperCase())).expect(200);
    expect(KenticoCustomerRecord.parse(res.body)).toEqual({
      CustomerGUID: guid,
      CustomerEmail: 'ada.lovelace@example.com',
      CustomerFirstName: 'Ada',
      CustomerLastName: 'Lovelace',
      CustomerPhone: null,
      CustomerModifiedWhen: order.Customer.CustomerCreatedWhen,
      BpcCreditLimit: null,
      BpcCreditTermDays: null,
      BpcBrightpearlContactID: null,
    });
    expect(sim.getCustomer(guid)).toEqual(res.body);
    const query = `?email=${encodeURIComponent('ADA.Lovelace@example.com')}`;
    const byEmail = await call('get', LIFECYCLE_PATHS.customerByEmail + query).expect(200);
    expect(byEmail.body).toEqual(res.body);
    await call('get', `${LIFECYCLE_PATHS.customerByEmail}?email=nobody%40example.com`).expect(404);
    const noEmail = await call('get', LIFECYCLE_PATHS.customerByEmail).expect(400);
    expect(noEmail.body).toMatchObject({ field: 'email' });
    expect(sim.requestLog.count('GET /customers/by-email')).toBe(3);
  });

  it('changes only the given fields, bumps CustomerModifiedWhen and emits customer.updated', async () => {
    const before = grace();
    const fields = { BpcCreditLimit: 5000, BpcCreditTermDays: 30, BpcBrightpearlContactID: 207 };
    await put(before.CustomerGUID, fields).expect(204);
    const after = sim.getCustomer(before.CustomerGUID);
    expect(after).toEqual({ ...before, ...fields, CustomerModifiedWhen: expect.any(String) });
    expect((after?.CustomerModifiedWhen ?? '') > before.CustomerModifiedWhen).toBe(true);
    // Emitted for the companion's own write too: the thin event cannot say who wrote.
    expect(emitted(sim)).toEqual([['customer.updated', before.CustomerGUID]]);
    expect(sim.emittedEvents()[0]?.occurredAt).toBe(after?.CustomerModifiedWhen);
    expect(sim.customerWrites(before.CustomerGUID)).toBe(1);
  });

  it('answers 204 with no event, no bump and no write counted when nothing changes', async () => {
    const before = grace();
    await put(before.CustomerGUID, { CustomerFirstName: 'Grace', BpcCreditLimit: null }).expect(
      204,
    );
    await put(before.CustomerGUID, {}, 'kentico').expect(204);
    expect(sim.getCustomer(before.CustomerGUID)).toEqual(before);
    expect(sim.emittedEvents()).toEqual([]);
    expect(sim.customerWrites(before.CustomerGUID)).toBe(0);
  });

  it('shows a changed name and e-mail on the orders, which embed the customer row', async () => {
    const order = sim.placeOrder(sampleOrderInput(), { emit: false });
    const guid = order.Customer.CustomerGUID;
    await put(guid, { CustomerEmail: 'ada@example.com', CustomerPhone: '+44 1' }).expect(204);
    expect(await bridgeOrder(sim, order.OrderGUID)).toMatchObject({
      Customer: { CustomerEmail: 'ada@example.com', CustomerPhone: '+44 1' },
      OrderModifiedWhen: order.OrderModifiedWhen, // a customer edit is not an order edit
    });
    // Checkout finds the customer under the new e-mail now.
    const input = sampleOrderInput({
      customer: { email: 'ADA@example.com', firstName: 'A', lastName: 'L' },
    });
    expect(sim.placeOrder(input, { emit: false }).Customer.CustomerGUID).toBe(guid);
  });

  it('answers 409 for an e-mail another customer has, 404 and 400 naming the field', async () => {
    const ada = sim.placeOrder(sampleOrderInput(), { emit: false }).Customer;
    const other = grace();
    const taken = await put(other.CustomerGUID, { CustomerEmail: 'Ada.Lovelace@example.com' });
    expect([taken.status, taken.body.field]).toEqual([409, 'fields.CustomerEmail']);
    const cases: Array<[unknown, string]> = [
      [{ fields: { BpcCreditTermDays: 1.5 }, origin: 'brightpearl' }, 'fields.BpcCreditTermDays'],
      [
        { fields: { BpcBrightpearlContactID: 0 }, origin: 'brightpearl' },
        'fields.BpcBrightpearlContactID',
      ],
      [{ fields: { CustomerFirstName: null }, origin: 'brightpearl' }, 'fields.CustomerFirstName'],
      [{ fields: {}, origin: 'erp' }, 'origin'],
      [{ origin: 'kentico' }, 'fields'],
    ];
    for (const [body, field] of cases) {
      const res = await call('put', LIFECYCLE_PATHS.customer(other.CustomerGUID), body);
      expect([res.status, res.body.field]).toEqual([400, field]);
    }
    await put(randomUUID(), { CustomerFirstName: 'X' }).expect(404);
    await call('get', LIFECYCLE_PATHS.customer(randomUUID())).expect(404);
    const bad = await call('get', LIFECYCLE_PATHS.customer('nope')).expect(400);
    expect(bad.body).toMatchObject({ field: 'customerGuid' });
    expect(sim.getCustomer(other.CustomerGUID)).toEqual(other);
    expect(sim.getCustomer(ada.CustomerGUID)?.CustomerEmail).toBe('ada.lovelace@example.com');
    expect(sim.emittedEvents()).toEqual([]);
  });

  it('creates and updates customers as Kentico would, emitting events but counting no writes', () => {
    const created = sim.createCustomer({ email: 'k@example.com', firstName: 'K', lastName: 'J' });
    expect(created).toMatchObject({ CustomerPhone: null, BpcBrightpearlContactID: null });
    expect(created.CustomerModifiedWhen).toMatch(/\+00:00$/);
    const updated = sim.updateCustomer(created.CustomerGUID, { CustomerLastName: 'Johnson' });
    expect(updated.CustomerLastName).toBe('Johnson');
    sim.updateCustomer(created.CustomerGUID, { CustomerLastName: 'Johnson' }); // no change
    sim.updateCustomer(created.CustomerGUID, { CustomerPhone: '1' }, { emit: false });
    expect(emitted(sim)).toEqual([
      ['customer.created', created.CustomerGUID],
      ['customer.updated', created.CustomerGUID],
    ]);
    expect(sim.customerWrites(created.CustomerGUID)).toBe(0);
    expect(() =>
      sim.createCustomer({ email: 'K@example.com', firstName: 'x', lastName: 'y' }),
    ).toThrow(/already exists/);
    expect(() => sim.updateCustomer(randomUUID(), {})).toThrow(/Unknown customer/);
    expect(() => sim.updateCustomer(created.CustomerGUID, { BpcCreditTermDays: 0.5 })).toThrow();
  });
});
