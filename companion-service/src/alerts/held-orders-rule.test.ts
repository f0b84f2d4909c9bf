import { evaluateAlertRules } from './rules';
import { ADMIN_URL, snapshot } from './test-support/fixtures';

const rules = { deadLetterGrowth: 1, budgetExhaustedMinutes: 5 };
const config = { adminUrl: ADMIN_URL, rules };

describe('held orders alert like failures', () => {
  it('alerts when the Held list grew, with a link to it', () => {
    const alerts = evaluateAlertRules(
      snapshot({ heldOrders: 1 }),
      snapshot({ heldOrders: 3 }),
      config,
    );
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'orders-held',
        title: '3 order(s) held for review',
        link: `${ADMIN_URL}/held`,
        key: 'orders-held',
      }),
    ]);
  });

  it('is quiet when nothing new is held, on the first check, and when switched off', () => {
    expect(
      evaluateAlertRules(snapshot({ heldOrders: 3 }), snapshot({ heldOrders: 2 }), config),
    ).toEqual([]);
    expect(evaluateAlertRules(undefined, snapshot({ heldOrders: 4 }), config)).toEqual([]);
    const off = { adminUrl: ADMIN_URL, rules: { ...rules, heldOrders: false } };
    expect(
      evaluateAlertRules(snapshot({ heldOrders: 0 }), snapshot({ heldOrders: 4 }), off),
    ).toEqual([]);
  });
});
