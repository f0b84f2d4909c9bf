import { BusinessRules } from '@bpkc/shared-types';

import { SAMPLE_ORDER } from '../../../shaping';
import { applyRules } from './apply-rules';

const run = (rules: unknown[], approved = false) =>
  applyRules(BusinessRules.parse(rules), {
    order: SAMPLE_ORDER,
    approved,
    isNewCustomer: async () => false,
  });

const always = (id: string, action: unknown, extra: object = {}) => ({
  id,
  name: `rule ${id}`,
  action,
  ...extra,
});

describe('rule actions', () => {
  it('hold records its reason and ends the evaluation', async () => {
    const outcome = await run([
      always('big', { kind: 'hold', reason: 'Over £50: check it' }),
      always('later', { kind: 'note', text: 'never reached' }),
    ]);
    expect(outcome.findings).toEqual([
      { source: 'rule:big', outcome: 'hold', reason: 'Over £50: check it' },
    ]);
    expect(outcome.notes).toEqual([]);
  });

  it('skip records its reason and ends the evaluation', async () => {
    const outcome = await run([
      always('test', { kind: 'skip', reason: 'Test order' }),
      always('later', { kind: 'tag', tag: 'never' }),
    ]);
    expect(outcome.findings).toEqual([
      { source: 'rule:test', outcome: 'skip', reason: 'Test order' },
    ]);
    expect(outcome.tags).toEqual([]);
  });

  it('route fields of a later rule override only the fields it sets', async () => {
    const outcome = await run([
      always('a', { kind: 'route', statusId: 4, channelId: 2 }),
      always('b', { kind: 'route', channelId: 3, warehouseId: 7 }),
    ]);
    expect(outcome.route).toEqual({ statusId: 4, channelId: 3, warehouseId: 7 });
    expect(outcome.findings).toEqual([]);
  });

  it('notes and tags add up in rule order', async () => {
    const outcome = await run([
      always('n1', { kind: 'note', text: 'First' }),
      always('t1', { kind: 'tag', tag: 'vip' }),
      always('n2', { kind: 'note', text: 'Second' }),
      always('t2', { kind: 'tag', tag: 'gift' }),
    ]);
    expect(outcome.notes).toEqual(['First', 'Second']);
    expect(outcome.tags).toEqual(['vip', 'gift']);
  });

  it('skips disabled rules and rules whose conditions do not all hold', async () => {
    const outcome = await run([
      always('off', { kind: 'hold', reason: 'disabled' }, { enabled: false }),
      always(
        'partial',
        { kind: 'note', text: 'no' },
        {
          when: [
            { kind: 'total-over', amount: 10 },
            { kind: 'sku-in', skus: ['OTHER'] },
          ],
        },
      ),
      always('all', { kind: 'note', text: 'yes' }, { when: [{ kind: 'total-over', amount: 10 }] }),
    ]);
    expect(outcome.notes).toEqual(['yes']);
    expect(outcome.findings).toEqual([]);
  });

  it('after an approval, hold and skip are findings only and later rules still apply', async () => {
    const outcome = await run(
      [
        always('big', { kind: 'hold', reason: 'Big order' }),
        always('route', { kind: 'route', statusId: 9 }),
        always('skip', { kind: 'skip', reason: 'Test' }),
        always('note', { kind: 'note', text: 'Approved order' }),
      ],
      true,
    );
    expect(outcome.findings.map((f) => f.outcome)).toEqual(['hold', 'skip']);
    expect(outcome.route).toEqual({ statusId: 9 });
    expect(outcome.notes).toEqual(['Approved order']);
  });

  it('checks conditions that read only the order before asking the store', async () => {
    let asked = 0;
    const outcome = await applyRules(
      BusinessRules.parse([
        always(
          'new-bulk',
          { kind: 'hold', reason: 'Bulk order of a new customer' },
          { when: [{ kind: 'customer-is-new' }, { kind: 'quantity-over', quantity: 1000 }] },
        ),
      ]),
      { order: SAMPLE_ORDER, approved: false, isNewCustomer: async () => (asked += 1) > 0 },
    );
    expect(outcome.findings).toEqual([]);
    expect(asked).toBe(0);
  });

  it('an expression that fails blocks the order, naming the rule and the field', async () => {
    const outcome = await run([
      always(
        'broken',
        { kind: 'hold', reason: 'x' },
        { when: [{ kind: 'expression', expression: 'OrderNumber' }] },
      ),
      always('later', { kind: 'note', text: 'never' }),
    ]);
    expect(outcome.findings).toEqual([
      {
        source: 'rule:broken',
        outcome: 'block',
        reason: expect.stringMatching(/^Rule "rule broken": its expression could not be evaluated/),
        field: 'rules.0.when.0.expression',
      },
    ]);
    expect(outcome.notes).toEqual([]);
  });
});
