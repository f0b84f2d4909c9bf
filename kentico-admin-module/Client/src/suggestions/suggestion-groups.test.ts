import type { Suggestion } from '@bpkc/shared-types';

import { formatConfidence, groupSuggestions } from './suggestion-groups';

const suggestion = (kind: Suggestion['kind'], value: string, confidence: number): Suggestion => ({
  id: `${kind}:${value}:1`,
  kind,
  kenticoValue: value,
  kenticoLabel: value,
  brightpearlValue: '1',
  brightpearlLabel: 'One',
  confidence,
  reason: 'names match',
  seenIn: '1 failed order',
});

describe('suggestions for the screen', () => {
  it('groups by kind in a fixed order, the most confident first', () => {
    const groups = groupSuggestions([
      suggestion('sku', 'A', 0.5),
      suggestion('shippingMethod', 'B', 0.6),
      suggestion('shippingMethod', 'C', 0.9),
    ]);
    expect(groups.map((g) => g.title)).toEqual(['Shipping methods', 'Products (SKUs)']);
    expect(groups[0]!.suggestions.map((s) => s.kenticoValue)).toEqual(['C', 'B']);
  });

  it('shows confidence as a percentage, never 100% for a near match', () => {
    expect(formatConfidence(0.873)).toBe('87%');
    expect(formatConfidence(0.998)).toBe('99%');
    expect(formatConfidence(1)).toBe('100%');
    expect(formatConfidence(0)).toBe('0%');
  });
});
