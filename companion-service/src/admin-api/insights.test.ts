import request from 'supertest';

import { rollUp } from '../insights';
import { addDeadLetter, bearer, type Harness, openHarness, token } from './test-harness';

describe('admin API: insights', () => {
  let harness: Harness;
  const get = (path: string) =>
    request(harness.app)
      .get(path)
      .set('Authorization', bearer(token(['view'])));

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it('answers a store with nothing in it with empty series, not an error', async () => {
    const { body } = await get('/api/v1/insights').expect(200);
    expect(body).toMatchObject({
      range: '24h',
      hourly: { buckets: [], ordersSynced: [], failuresByReason: [] },
      budget: { resolution: 'minute', buckets: [] },
      totals: { ordersSynced: 0, stockPushes: 0, failures: 0, requestsSent: 0 },
    });
  });

  it('charts a failure opened now in the hour still filling, once the roll-up ran', async () => {
    await addDeadLetter(harness.store, { flow: 'orders', recordKey: 'o-1', reason: 'unknown-sku' });
    const before = await get('/api/v1/insights?range=7d').expect(200);
    expect(before.body.totals.failures).toBe(0); // a read rolls nothing up: it only reads
    await rollUp(harness.store, { includePartial: true }); // the scheduled run (insights-job.ts)
    const { body } = await get('/api/v1/insights?range=7d').expect(200);
    expect(body.hourly.buckets).toHaveLength(7 * 24);
    expect(body.hourly.failuresByReason).toEqual([
      { reason: 'unknown-sku', counts: [...Array(7 * 24 - 1).fill(0), 1] },
    ]);
    expect(body.budget.resolution).toBe('hour');
  });

  it('refuses an unknown range with a 400 naming the field', async () => {
    const { body } = await get('/api/v1/insights?range=1y').expect(400);
    expect(body.field).toBe('range');
  });
});
