import { randomUUID } from 'node:crypto';

import { type Finding, type KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import { createSilentLogger } from '../../observability/logger';
import { SAMPLE_ORDER } from '../../shaping';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { bindContact } from '../orders/contact-bindings';
import { decide, evaluateOrderGate } from './gate';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

const finding = (outcome: Finding['outcome']): Finding => ({
  source: 'test',
  outcome,
  reason: outcome,
});

describe('the order gate combines findings', () => {
  it('any block blocks, even after an approval', () => {
    const all = (['warn', 'skip', 'hold', 'block'] as const).map(finding);
    expect(decide(all, false)).toBe('block');
    expect(decide(all, true)).toBe('block');
  });

  it('else a hold holds, else a skip skips (both only without an approval)', () => {
    expect(decide([finding('skip'), finding('hold')], false)).toBe('hold');
    expect(decide([finding('skip'), finding('warn')], false)).toBe('skip');
    expect(decide([finding('skip'), finding('hold')], true)).toBe('send');
  });

  it('warnings alone, or nothing, send', () => {
    expect(decide([finding('warn')], false)).toBe('send');
    expect(decide([], false)).toBe('send');
  });
});

describe.each(testBackends(POSTGRES_URL))('evaluateOrderGate on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());

  const mappingWith = (more: object) =>
    MappingConfig.parse({
      version: 1,
      brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
      orderStatuses: { New: 1 },
      shippingMethods: { standard: 1 },
      taxCodes: { '20': 'T20' },
      currencies: ['GBP'],
      checks: Object.fromEntries(
        ['address', 'phone', 'email', 'totals', 'valueOutlier', 'quantityOutlier', 'duplicate'].map(
          (name) => [name, { mode: 'off' }],
        ),
      ),
      ...more,
    });

  const freshOrder = (more: Partial<KenticoOrder> = {}): KenticoOrder => ({
    ...SAMPLE_ORDER,
    OrderGUID: randomUUID() as KenticoOrder['OrderGUID'],
    Customer: {
      ...SAMPLE_ORDER.Customer,
      CustomerGUID: randomUUID() as KenticoOrder['Customer']['CustomerGUID'],
      CustomerEmail: `${randomUUID()}@example.com`,
    },
    ...more,
  });

  it('runs the checks and the rules: findings of both, routes, notes and tags', async () => {
    const mapping = mappingWith({
      checks: { totals: { mode: 'warn' } },
      rules: [
        { id: 'route', name: 'Big to channel 3', action: { kind: 'route', channelId: 3 } },
        { id: 'note', name: 'Note', action: { kind: 'note', text: 'Checked' } },
        { id: 'tag', name: 'Tag', action: { kind: 'tag', tag: 'web' } },
      ],
    });
    const order = freshOrder({ OrderGrandTotal: 60 });
    const gate = await evaluateOrderGate({ db: store }, { order, mapping, approved: false });
    expect(gate).toEqual({
      decision: 'send',
      findings: [expect.objectContaining({ source: 'totals', outcome: 'warn' })],
      route: { channelId: 3 },
      notes: ['Checked'],
      tags: ['web'],
    });
  });

  it('a block check blocks whatever the rules and the approval say', async () => {
    const mapping = mappingWith({
      checks: { totals: { mode: 'block' } },
      rules: [{ id: 'hold', name: 'Hold all', action: { kind: 'hold', reason: 'Review' } }],
    });
    const order = freshOrder({ OrderGrandTotal: 60 });
    const gate = await evaluateOrderGate({ db: store }, { order, mapping, approved: true });
    expect(gate.decision).toBe('block');
    expect(gate.findings.map((f) => [f.source, f.outcome])).toEqual([
      ['totals', 'block'],
      ['rule:hold', 'hold'],
    ]);
  });

  it('customer-is-new: a bound contact or an earlier order of the e-mail make a customer known', async () => {
    const mapping = mappingWith({
      rules: [
        {
          id: 'new',
          name: 'New customers',
          when: [{ kind: 'customer-is-new' }],
          action: { kind: 'hold', reason: 'First order' },
        },
      ],
    });
    const gate = (order: KenticoOrder) =>
      evaluateOrderGate({ db: store }, { order, mapping, approved: false });
    const first = freshOrder();
    expect((await gate(first)).decision).toBe('hold');

    const bound = freshOrder();
    await bindContact(store, {
      customerGuid: bound.Customer.CustomerGUID,
      emailHash: 'x',
      contactId: 77,
    });
    expect((await gate(bound)).decision).toBe('send');

    // An earlier order of the same e-mail (any case) is known to the companion.
    await store.query(`INSERT INTO order_sync (order_guid, customer_email) VALUES ($1, $2)`, [
      first.OrderGUID,
      first.Customer.CustomerEmail.toLowerCase(),
    ]);
    const again = freshOrder({
      Customer: { ...first.Customer, CustomerEmail: first.Customer.CustomerEmail.toUpperCase() },
    });
    again.Customer.CustomerGUID = randomUUID() as KenticoOrder['Customer']['CustomerGUID'];
    expect((await gate(again)).decision).toBe('send');
  });
});
