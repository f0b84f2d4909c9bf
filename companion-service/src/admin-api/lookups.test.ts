import request from 'supertest';

import { PRIORITY } from '../brightpearl';
import { bearer, type Harness, openHarness, token } from './test-harness';

describe('admin API: lookups', () => {
  let harness: Harness;
  const get = (path: string) =>
    request(harness.app)
      .get(path)
      .set('Authorization', bearer(token(['view'])));

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());
  afterEach(() => {
    harness.platforms.kentico.failure = null;
    harness.platforms.brightpearl.failure = null;
  });

  it('lists both platforms as value/label options for a view-only token', async () => {
    const res = await get('/api/v1/lookups').expect(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.fetchedAt).toEqual(expect.any(String));
    expect(res.body.kentico.shippingMethods).toEqual([
      { value: 'Standard', label: 'Standard delivery' },
      { value: 'Express', label: 'Express' },
      { value: 'Drone', label: 'Drone (disabled)' },
    ]);
    const bp = res.body.brightpearl;
    // Sales-order statuses only: a sales-credit status is no choice for a new order.
    expect(bp.orderStatuses).toEqual([
      { value: '2', label: 'New web order' },
      { value: '3', label: 'Awaiting payment' },
    ]);
    expect(bp.paymentMethods).toEqual([{ value: 'CARD', label: 'Card' }]);
    // The gross flag and the list type stay machine-readable for the mapping check.
    expect(bp.priceLists).toEqual([
      { value: '1', label: 'Retail (GBP, net)', gross: false, type: 'SELL' },
    ]);
    expect(bp.nominalCodes).toEqual([
      { value: '4000', label: '4000 — Sales' },
      { value: '4040', label: '4040 — Shipping' },
    ]);
    expect(bp.taxCodes).toEqual([
      { value: 'T20', label: 'T20 — Standard (20%)' },
      { value: 'N', label: 'N — Not taxable' },
    ]);
    expect(Object.keys(bp).sort()).toEqual([
      'channels',
      'nominalCodes',
      'orderStatuses',
      'paymentMethods',
      'priceLists',
      'shippingMethods',
      'taxCodes',
      'warehouses',
    ]);
  });

  it('serves the cache: eight Brightpearl calls at the lowest urgency, none on the next load', async () => {
    const { brightpearl, kentico } = harness.platforms;
    await get('/api/v1/lookups?refresh=true').expect(200);
    const [bpBefore, kenticoBefore] = [brightpearl.calls.length, kentico.calls];
    await get('/api/v1/lookups').expect(200);
    await get('/api/v1/lookups').expect(200);
    expect(brightpearl.calls).toHaveLength(bpBefore);
    expect(kentico.calls).toBe(kenticoBefore);
    await get('/api/v1/lookups?refresh=true').expect(200);
    expect(brightpearl.calls).toHaveLength(bpBefore + 8);
    expect(kentico.calls).toBe(kenticoBefore + 1);
    expect(brightpearl.calls.every((call) => call.priority === PRIORITY.catalog)).toBe(true);
  });

  it('one side failing gives null for it and an error entry, not a 500', async () => {
    harness.platforms.kentico.failure = new Error('Kentico bridge answered 503 for lookups');
    const res = await get('/api/v1/lookups?refresh=true').expect(200);
    expect(res.body.kentico).toBeNull();
    expect(res.body.brightpearl.channels).toEqual([{ value: '1', label: 'Web store' }]);
    expect(res.body.errors).toEqual([
      { source: 'kentico', message: 'Kentico bridge answered 503 for lookups' },
    ]);

    harness.platforms.kentico.failure = null;
    harness.platforms.brightpearl.failure = new Error('Brightpearl refused the credentials');
    const swapped = await get('/api/v1/lookups?refresh=true').expect(200);
    expect(swapped.body.kentico.paymentMethods).toEqual([{ value: 'Card', label: 'Card' }]);
    expect(swapped.body.brightpearl).toBeNull();
    expect(swapped.body.errors).toEqual([
      { source: 'brightpearl', message: 'Brightpearl refused the credentials' },
    ]);
  });

  it('refuses a bad refresh value and a missing token', async () => {
    const bad = await get('/api/v1/lookups?refresh=yes').expect(400);
    expect(bad.body.field).toBe('refresh');
    await request(harness.app).get('/api/v1/lookups').expect(401);
  });
});
