import type { Suggestion, SuggestionKind } from '@bpkc/shared-types';

const KIND_TITLES: Record<SuggestionKind, string> = {
  orderStatus: 'Order statuses',
  shippingMethod: 'Shipping methods',
  paymentMethod: 'Payment methods',
  taxRate: 'Tax rates',
  sku: 'Products (SKUs)',
};

export interface SuggestionGroup {
  kind: SuggestionKind;
  title: string;
  suggestions: Suggestion[];
}

/** Suggestions by kind, in a fixed kind order, the most confident first within each. */
export function groupSuggestions(suggestions: Suggestion[]): SuggestionGroup[] {
  return (Object.keys(KIND_TITLES) as SuggestionKind[])
    .map((kind) => ({
      kind,
      title: KIND_TITLES[kind],
      suggestions: suggestions
        .filter((suggestion) => suggestion.kind === kind)
        .sort((a, b) => b.confidence - a.confidence),
    }))
    .filter((group) => group.suggestions.length > 0);
}

/** 0.873 → "87%" (never "100%" unless it is exact, so a near match does not look certain). */
export function formatConfidence(confidence: number): string {
  const percent = confidence * 100;
  const shown = confidence < 1 ? Math.min(Math.round(percent), 99) : 100;
  return `${Math.max(shown, 0)}%`;
}
