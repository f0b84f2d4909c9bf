import { THROTTLE_MESSAGE } from '@bpkc/shared-types';
import request from 'supertest';

import { RequestBudget } from './budget';
import { PREFIX, testApi, TOKEN_HEADERS } from './test-support';

const ADDRESS = { addressLine1: '1 Quay', countryIsoCode: 'GBR' };

describe('RequestBudget: a sliding window per account', () => {
  it('counts the requests of the last window; next-throttle-period is when the oldest leaves it', () => {
    let now = 1_000;
    const budget = new RequestBudget({ cap: 2, windowMs: 60_000 }, () => now);
    expect(budget.take()).toEqual({ allowed: true, remaining: 1, nextPeriodMs: 60_000 });
    now += 10_000;
    expect(budget.take()).toEqual({ allowed: true, remaining: 0, nextPeriodMs: 50_000 });
    expect(budget.take()).toEqual({ allowed: false, remaining: 0, nextPeriodMs: 50_000 });
    now += 50_000; // only the first request has left the window: one slot, not a fresh period
    expect(budget.take()).toEqual({ allowed: true, remaining: 0, nextPeriodMs: 10_000 });
    expect(budget.take().allowed).toBe(false);
    now += 10_000;
    expect(budget.take()).toEqual({ allowed: true, remaining: 0, nextPeriodMs: 50_000 });
  });

  it('never admits more than the cap in any rolling window, whatever the arrival pattern', () => {
    let now = 0;
    const budget = new RequestBudget({ cap: 10, windowMs: 1_000 }, () => now);
    const admitted: number[] = [];
    for (let i = 0; i < 500; i++) {
      now += (i * 7919) % 97; // irregular gaps, bursts included
      if (budget.take().allowed) admitted.push(now);
    }
    for (const [i, at] of admitted.entries()) {
      const inWindow = admitted.slice(i).filter((t) => t < at + 1_000).length;
      expect(inWindow).toBeLessThanOrEqual(10);
    }
    expect(admitted.length).toBeGreaterThan(10);
  });
});

describe('a client that refills its whole budget at each next-throttle-period', () => {
  it('is throttled by the sliding window right after the "period boundary"', async () => {
    let now = 1_000_000;
    const api = testApi({ cap: 10, windowMs: 60_000, clock: () => now });
    // Ten requests spread over the minute, as a paced client would send them: all admitted.
    for (let i = 0; i < 10; i++) {
      expect((await api.get('/product-service/channel')).status).toBe(200);
      now += 5_000;
    }
    const refused = await api.get('/product-service/channel');
    expect(refused.status).toBe(503);
    // The "period" ends when the oldest request leaves the window: one slot, not ten.
    const waitMs = Number(refused.headers['brightpearl-next-throttle-period']);
    expect(waitMs).toBe(10_000);
    now += waitMs;
    const burst = [];
    for (let i = 0; i < 10; i++) burst.push((await api.get('/product-service/channel')).status);
    expect(burst.filter((status) => status === 200)).toHaveLength(1);
    expect(burst.filter((status) => status === 503)).toHaveLength(9);
    expect(api.sim.requestLog.countThrottled()).toBe(10);
    // A fixed period would have reset here and taken all ten: 19 in the minute from 5 s on.
    const admitted = api.sim.requestLog
      .entries()
      .filter((entry) => !entry.throttled)
      .map((entry) => entry.at);
    expect(admitted).toHaveLength(11);
    for (const start of admitted)
      expect(
        admitted.filter((at) => at >= start && at < start + 60_000).length,
      ).toBeLessThanOrEqual(10);
  });

  it('a client that waits for each slot as it frees is never throttled', async () => {
    let now = 1_000_000;
    const api = testApi({ cap: 10, windowMs: 60_000, clock: () => now });
    for (let i = 0; i < 10; i++) {
      await api.get('/product-service/channel');
      now += 5_000;
    }
    for (let i = 0; i < 10; i++) {
      const probe = await api.get('/product-service/channel');
      expect(probe.status).toBe(503);
      now += Number(probe.headers['brightpearl-next-throttle-period']);
      expect((await api.get('/product-service/channel')).status).toBe(200);
    }
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

  it('is empty again once a whole window has passed', async () => {
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
