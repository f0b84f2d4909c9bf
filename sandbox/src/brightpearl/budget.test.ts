import { THROTTLE_MESSAGE } from '@bpkc/shared-types';
import request from 'supertest';

import { RequestBudget } from './budget';
import { PREFIX, testApi, TOKEN_HEADERS } from './test-support';

const ADDRESS = { addressLine1: '1 Quay', countryIsoCode: 'GBR' };

describe('RequestBudget', () => {
  it('starts a period at the first request and counts down to its end', () => {
    let now = 1_000;
    const budget = new RequestBudget({ cap: 2, windowMs: 60_000 }, () => now);
    expect(budget.take()).toEqual({ allowed: true, remaining: 1, nextPeriodMs: 60_000 });
    now += 10_000;
    expect(budget.take()).toEqual({ allowed: true, remaining: 0, nextPeriodMs: 50_000 });
    expect(budget.take().allowed).toBe(false);
    now += 50_000; // the period ended: the next request opens a new one
    expect(budget.take()).toEqual({ allowed: true, remaining: 1, nextPeriodMs: 60_000 });
  });
});

describe('Brightpearl simulator: request cap', () => {
  it('answers 503 with the throttle body after the cap, without executing or counting', async () => {
    const api = testApi({ cap: 3 });
    for (let i = 0; i < 3; i++)
      expect((await api.post('/contact-service/postal-address', ADDRESS)).status).toBe(200);
    const throttled = await api.post('/contact-service/postal-address', ADDRESS);
    expect(throttled.status).toBe(503);
    expect(throttled.body).toEqual({ response: THROTTLE_MESSAGE });
    expect(throttled.headers['brightpearl-requests-remaining']).toBe('0');
    expect(Number(throttled.headers['brightpearl-next-throttle-period'])).toBeGreaterThan(0);
    expect(Number(throttled.headers['brightpearl-next-throttle-period'])).toBeLessThanOrEqual(
      60_000,
    );
    expect(throttled.headers['message-type']).toBe('post-postal-address');
    expect(api.sim.state.postalAddresses.size).toBe(3);
    expect(api.sim.requestLog.count()).toBe(3);
    expect(api.sim.requestLog.countThrottled()).toBe(1);
    expect(api.sim.requestLog.count(undefined, { includeThrottled: true })).toBe(4);
  });

  it('throttles unauthenticated requests too once the cap is spent', async () => {
    const api = testApi({ cap: 1 });
    await api.get('/product-service/channel');
    const res = await request(api.sim.app).get(`${PREFIX}/product-service/channel`);
    expect(res.status).toBe(503);
  });

  it('opens a new period once the window has passed', async () => {
    // A controlled clock: on a loaded machine three real requests can outlast a short real window.
    let now = 1_000_000;
    const api = testApi({ cap: 2, windowMs: 60_000, clock: () => now });
    await api.get('/product-service/channel');
    await api.get('/product-service/channel');
    expect((await api.get('/product-service/channel')).status).toBe(503);
    now += 60_000;
    const res = await api.get('/product-service/channel');
    expect(res.status).toBe(200);
    expect(res.headers['brightpearl-requests-remaining']).toBe('1');
  });

  it('setCap changes the budget at run time', async () => {
    const api = testApi({ cap: 1 });
    await api.get('/product-service/channel');
    expect((await api.get('/product-service/channel')).status).toBe(503);
    api.sim.setCap(5, 60_000);
    const res = await request(api.sim.app)
      .get(`${PREFIX}/product-service/channel`)
      .set(TOKEN_HEADERS);
    expect(res.status).toBe(200);
    expect(res.headers['brightpearl-requests-remaining']).toBe('3');
  });
});
