import { coerceToTarget, ExpressionError, targetFor } from './index';

const spec = (entity: 'salesOrder' | 'contact' | 'product', key: string) => {
  const found = targetFor(entity, key);
  if (!found) throw new Error(`no target ${key}`);
  return found;
};

describe('coercion to the target type', () => {
  it('takes whole numbers, also as text, for an id', () => {
    expect(coerceToTarget(spec('salesOrder', 'channelId'), 3)).toBe(3);
    expect(coerceToTarget(spec('salesOrder', 'channelId'), '7')).toBe(7);
  });

  it('refuses text, fractions and zero for an id in plain words', () => {
    const channel = spec('salesOrder', 'channelId');
    expect(() => coerceToTarget(channel, 'EU')).toThrow(
      'gives text ("EU") but Channel needs a whole number',
    );
    expect(() => coerceToTarget(channel, 2.5)).toThrow(
      'gives 2.5 but Channel needs a whole number',
    );
    expect(() => coerceToTarget(channel, 0)).toThrow(/needs a whole number of at least 1/);
    expect(() => coerceToTarget(channel, [1, 2])).toThrow(ExpressionError);
  });

  it('allows price list 0 (Brightpearl has one)', () => {
    expect(coerceToTarget(spec('salesOrder', 'priceListId'), 0)).toBe(0);
  });

  it('keeps today\u2019s value when the expression gives nothing', () => {
    expect(coerceToTarget(spec('salesOrder', 'ref'), undefined)).toBeUndefined();
    expect(coerceToTarget(spec('salesOrder', 'ref'), null)).toBeUndefined();
  });

  it('turns numbers into text and enforces the length', () => {
    expect(coerceToTarget(spec('salesOrder', 'ref'), 1042)).toBe('1042');
    expect(() => coerceToTarget(spec('contact', 'telephone'), '1'.repeat(51))).toThrow(
      /Telephone needs text of at most 50 characters \(it has 51\)/,
    );
    // Names are capped as the order flow caps them, not refused.
    expect(coerceToTarget(spec('contact', 'firstName'), 'x'.repeat(40))).toBe('x'.repeat(32));
    expect(() => coerceToTarget(spec('salesOrder', 'ref'), { a: 1 })).toThrow(
      'gives an object but Reference needs text',
    );
  });

  it('reads dates as ISO dates, date-times or milliseconds', () => {
    const date = spec('salesOrder', 'deliveryDate');
    expect(coerceToTarget(date, '2026-03-01')).toBe('2026-03-01');
    expect(coerceToTarget(date, '2026-03-01T10:00:00+01:00')).toBe('2026-03-01T09:00:00.000Z');
    expect(coerceToTarget(date, 0)).toBe('1970-01-01T00:00:00.000Z');
    expect(() => coerceToTarget(date, 'next tuesday')).toThrow(/Delivery date needs a date/);
  });

  it('takes a number for a price, also as text', () => {
    expect(coerceToTarget(spec('product', 'price'), '12.50')).toBe(12.5);
    expect(() => coerceToTarget(spec('product', 'price'), -1)).toThrow(/at least 0/);
  });

  it('takes text, numbers and true/false for a custom field', () => {
    const custom = spec('salesOrder', 'customFields.PCF_SOURCE');
    expect(coerceToTarget(custom, 'web')).toBe('web');
    expect(coerceToTarget(custom, 4)).toBe(4);
    expect(coerceToTarget(custom, true)).toBe(true);
    expect(() => coerceToTarget(custom, ['a'])).toThrow(/gives a list/);
  });
});
