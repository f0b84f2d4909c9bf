import { evaluateAlertRules } from './rules';
import { ADMIN_URL, snapshot } from './test-support/fixtures';
import type { AlertSnapshot } from './types';

const config = { adminUrl: ADMIN_URL, rules: { deadLetterGrowth: 3, budgetExhaustedMinutes: 5 } };
const minutesAfter = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);
const bp = (patch: Partial<AlertSnapshot['brightpearl']>): AlertSnapshot['brightpearl'] => ({
  ...snapshot().brightpearl,
  ...patch,
});

describe('evaluateAlertRules', () => {
  it('raises nothing while all is well', () => {
    expect(evaluateAlertRules(snapshot(), snapshot(), config)).toEqual([]);
  });

  it('alerts per reason only when dead letters grew by the threshold', () => {
    const previous = snapshot({ openDeadLetters: { 'unknown-sku': 2, 'unmapped-status': 5 } });
    const current = snapshot({
      openDeadLetters: { 'unknown-sku': 5, 'unmapped-status': 7, 'validation-failed': 3 },
    });
    const alerts = evaluateAlertRules(previous, current, config);
    expect(alerts.map((alert) => alert.key)).toEqual([
      'dead-letters:unknown-sku',
      'dead-letters:validation-failed',
    ]);
    expect(alerts[0]).toMatchObject({
      kind: 'dead-letters',
      severity: 'warning',
      link: `${ADMIN_URL}/failures?reason=unknown-sku`,
    });
    expect(alerts[0]?.detail).toContain('from 2 to 5');
    // The failure screen's how-to-fix (dead-letters/fix-hints.ts); an unknown code keeps the generic line.
    expect(alerts[0]?.detail).toContain('Create the product in Brightpearl with the same SKU');
    expect(alerts[1]?.detail).toContain('Fix the cause');
  });

  it('treats the first check as a baseline for dead letters', () => {
    const current = snapshot({ openDeadLetters: { 'unknown-sku': 40 } });
    expect(evaluateAlertRules(undefined, current, config)).toEqual([]);
  });

  it('asks for a reconnect once while the Brightpearl authorisation still works', () => {
    const endsAt = new Date('2026-03-01T11:00:00Z');
    const expiring = snapshot({ brightpearl: bp({ reconnectBy: endsAt }) });
    const alerts = evaluateAlertRules(snapshot(), expiring, config);
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'connection-expiring',
        key: 'connection-expiring:brightpearl',
        link: `${ADMIN_URL}/connection`,
      }),
    ]);
    expect(alerts[0]?.detail).toContain(endsAt.toISOString());
    expect(evaluateAlertRules(expiring, expiring, config)).toEqual([]);
    expect(evaluateAlertRules(expiring, snapshot(), config)).toEqual([]);
  });

  it('alerts on a connection going down or unauthorised, once per transition', () => {
    const down = snapshot({ brightpearl: bp({ reachable: false }) });
    const refused = snapshot({ kentico: { reachable: true, authorised: false } });
    expect(evaluateAlertRules(snapshot(), down, config)).toEqual([
      expect.objectContaining({
        kind: 'connection-down',
        severity: 'critical',
        key: 'connection-down:brightpearl',
        link: `${ADMIN_URL}/connection`,
      }),
    ]);
    expect(evaluateAlertRules(down, down, config)).toEqual([]);
    expect(evaluateAlertRules(down, snapshot(), config)).toEqual([]);
    expect(evaluateAlertRules(snapshot(), refused, config)).toEqual([
      expect.objectContaining({
        kind: 'connection-unauthorised',
        key: 'connection-unauthorised:kentico',
      }),
    ]);
    expect(evaluateAlertRules(refused, refused, config)).toEqual([]);
  });

  it('reports a connection already down at the first check', () => {
    const down = snapshot({ kentico: { reachable: false, authorised: false } });
    expect(evaluateAlertRules(undefined, down, config).map((alert) => alert.key)).toEqual([
      'connection-down:kentico',
    ]);
  });

  it('raises one critical alert per missing order, linking to the order', () => {
    const current = snapshot({
      missingOrders: [
        { orderGuid: 'a1b2', orderNumber: '1001' },
        { orderGuid: 'c3d4', orderNumber: '1002' },
      ],
    });
    const alerts = evaluateAlertRules(snapshot(), current, config);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatchObject({
      kind: 'order-missing',
      severity: 'critical',
      link: `${ADMIN_URL}/orders/c3d4`,
      key: 'order-missing:c3d4',
    });
    expect(alerts[1]?.title).toContain('1002');
  });

  it('alerts once when the budget stays exhausted for the configured minutes', () => {
    const since = new Date('2026-03-01T10:00:00Z');
    const at = (minutes: number) =>
      snapshot({ at: minutesAfter(since, minutes), brightpearl: bp({ exhaustedSince: since }) });
    expect(evaluateAlertRules(at(3), at(4), config)).toEqual([]);
    const crossing = evaluateAlertRules(at(4), at(6), config);
    expect(crossing).toEqual([
      expect.objectContaining({ kind: 'budget-exhausted', link: `${ADMIN_URL}/dashboard` }),
    ]);
    expect(crossing[0]?.title).toContain('6 minute');
    expect(evaluateAlertRules(at(6), at(8), config)).toEqual([]);
    expect(evaluateAlertRules(undefined, at(8), config)).toHaveLength(1);
  });

  it('alerts again for a new exhaustion episode', () => {
    const first = new Date('2026-03-01T10:00:00Z');
    const second = minutesAfter(first, 20);
    const previous = snapshot({
      at: minutesAfter(first, 10),
      brightpearl: bp({ exhaustedSince: first }),
    });
    const current = snapshot({
      at: minutesAfter(second, 5),
      brightpearl: bp({ exhaustedSince: second }),
    });
    expect(evaluateAlertRules(previous, current, config)).toHaveLength(1);
  });
});
