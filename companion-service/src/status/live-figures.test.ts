import { randomUUID } from 'node:crypto';

import request from 'supertest';

import { recordDeadLetter } from '../dead-letters/dead-letter-repository';
import { METRICS_TOKEN, hardenedTestApp } from '../http/test-app';
import { createSilentLogger } from '../observability/logger';
import { migrate } from '../store';
import { openTestStore, type TestStore } from '../store/test-stores';

const logger = createSilentLogger();

describe('live figures at /metrics: open failures, held orders, budget', () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await openTestStore({ name: 'pglite' }, logger);
    await migrate(test.store, logger);
    const letter = { message: 'x', payload: null };
    await recordDeadLetter(test.store, {
      ...letter,
      flow: 'orders',
      recordKey: 'a',
      reason: 'unknown-sku',
    });
    await recordDeadLetter(test.store, {
      ...letter,
      flow: 'orders',
      recordKey: 'b',
      reason: 'unknown-sku',
    });
    await recordDeadLetter(test.store, {
      ...letter,
      flow: 'stock',
      recordKey: 'c',
      reason: 'refused',
    });
    await recordDeadLetter(test.store, {
      ...letter,
      flow: 'orders',
      recordKey: 'd',
      reason: 'refused',
    });
    // A resolved failure is no longer open.
    await test.store.query(`UPDATE dead_letters SET resolved_at = now() WHERE record_key = 'd'`);
    for (const state of ['held', 'held', 'synced']) {
      await test.store.query(`INSERT INTO order_sync (order_guid, state) VALUES ($1, $2)`, [
        randomUUID(),
        state,
      ]);
    }
  });
  afterAll(() => test.dispose());

  it('reports open failures by flow and reason, held orders and budget use', async () => {
    const app = hardenedTestApp({ mode: 'live', metricsToken: METRICS_TOKEN }, { db: test.store });
    const { text } = await request(app)
      .get('/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200);
    expect(text).toContain('bpconnect_open_failures{flow="orders",reason="unknown-sku"} 2');
    expect(text).toContain('bpconnect_open_failures{flow="stock",reason="refused"} 1');
    expect(text).not.toContain('bpconnect_open_failures{flow="orders",reason="refused"}');
    expect(text).toMatch(/^bpconnect_held_orders 2$/m);
    // The stand-in budget of test-app.ts: 2 of 160 used, 10 left on the account.
    expect(text).toMatch(/^bpconnect_brightpearl_budget_in_window 2$/m);
    expect(text).toMatch(/^bpconnect_brightpearl_budget_allowance 160$/m);
    expect(text).toMatch(/^bpconnect_brightpearl_requests_remaining 10$/m);
  });

  it('drops a failure once resolved, on the next scrape', async () => {
    const app = hardenedTestApp({ mode: 'live', metricsToken: METRICS_TOKEN }, { db: test.store });
    const scrape = async () =>
      (await request(app).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`)).text;
    expect(await scrape()).toContain('bpconnect_open_failures{flow="stock",reason="refused"} 1');
    await test.store.query(`UPDATE dead_letters SET resolved_at = now() WHERE record_key = 'c'`);
    expect(await scrape()).not.toContain('flow="stock"');
  });
});
