import { countOf, formatAge, formatJson, humanize, pluralOf } from './format';

describe('formatting for operators', () => {
  it('turns reason codes into words', () => {
    expect(humanize('unmapped-shipping-method')).toBe('Unmapped shipping method');
    expect(humanize('unknown-sku')).toBe('Unknown SKU');
  });

  it('says how long ago, and Never for null', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(formatAge('2026-01-01T11:59:50Z', now)).toBe('10 seconds ago');
    expect(formatAge('2026-01-01T11:59:59Z', now)).toBe('1 second ago');
    expect(formatAge('2026-01-01T12:00:00Z', now)).toBe('now');
    expect(formatAge('2026-01-01T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatAge('2026-01-01T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatAge('2025-12-31T09:00:00Z', now)).toBe('yesterday');
    expect(formatAge('2025-12-29T09:00:00Z', now)).toBe('3 days ago');
    expect(formatAge(null, now)).toBe('Never');
  });

  it('counts with the right word (Intl.PluralRules), never "statuss"', () => {
    expect(countOf(1, 'order')).toBe('1 order');
    expect(countOf(0, 'order')).toBe('0 orders');
    expect(countOf(1200, 'failure')).toBe('1,200 failures');
    expect(countOf(2, 'order status', pluralOf('order status'))).toBe('2 order statuses');
    expect(pluralOf('shipping method')).toBe('shipping methods');
    expect(pluralOf('tax rate %')).toBe('tax rates %');
  });

  it('shortens long payloads', () => {
    expect(formatJson({ text: 'x'.repeat(50) }, 20)).toMatch(/…$/);
  });
});
