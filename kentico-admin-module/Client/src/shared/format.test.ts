import { formatAge, formatJson, humanize } from './format';

describe('formatting for operators', () => {
  it('turns reason codes into words', () => {
    expect(humanize('unmapped-shipping-method')).toBe('Unmapped shipping method');
    expect(humanize('unknown-sku')).toBe('Unknown SKU');
  });

  it('says how long ago, and Never for null', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(formatAge('2026-01-01T11:59:50Z', now)).toBe('10 s ago');
    expect(formatAge('2026-01-01T11:55:00Z', now)).toBe('5 min ago');
    expect(formatAge('2026-01-01T09:00:00Z', now)).toBe('3 h ago');
    expect(formatAge(null, now)).toBe('Never');
  });

  it('shortens long payloads', () => {
    expect(formatJson({ text: 'x'.repeat(50) }, 20)).toMatch(/…$/);
  });
});
