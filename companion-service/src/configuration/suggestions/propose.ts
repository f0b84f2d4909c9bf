import type {
  BrightpearlLookupOptions,
  LookupOption,
  Suggestion,
  SuggestionKind,
} from '@bpkc/shared-types';

import { compareNames } from '../similarity';
import type { UnmappedValue } from './unmapped-values';

/** Below this, a match is more likely noise than help. */
export const MIN_CONFIDENCE = 0.5;
/** Alternatives per unmapped value, best first. */
const PER_VALUE = 2;

export type Candidates = Record<SuggestionKind, LookupOption[]>;

export function candidatesFrom(
  brightpearl: BrightpearlLookupOptions | null,
  skus: string[],
): Candidates {
  return {
    orderStatus: brightpearl?.orderStatuses ?? [],
    shippingMethod: brightpearl?.shippingMethods ?? [],
    paymentMethod: (brightpearl?.paymentMethods ?? []).filter((option) => !option.inactive),
    taxRate: brightpearl?.taxCodes ?? [],
    sku: skus.map((sku) => ({ value: sku, label: sku })),
  };
}

export const suggestionId = (kind: SuggestionKind, kentico: string, brightpearl: string) =>
  `${kind}:${kentico}:${brightpearl}`;

/** The proposals for every unmapped value, best first, without the ones a person rejected. */
export function propose(
  values: UnmappedValue[],
  candidates: Candidates,
  rejected: Set<string>,
): Suggestion[] {
  return values.flatMap((value) =>
    candidates[value.kind]
      .map((option) => ({ option, ...score(value, option) }))
      .filter((match) => match.score >= MIN_CONFIDENCE)
      .map((match) => toSuggestion(value, match.option, match))
      .filter((suggestion) => !rejected.has(suggestion.id))
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, PER_VALUE),
  );
}

function score(value: UnmappedValue, option: LookupOption): { score: number; reason: string } {
  if (value.kind === 'taxRate') return rateMatch(value.value, option);
  // The code name and the display name may each be the closer one ("Card" vs "CARD").
  const names = [...new Set([value.value, value.label])];
  const targets = [...new Set([option.label, option.value])];
  const matches = names.flatMap((name) => targets.map((target) => compareNames(name, target)));
  return matches.reduce((best, match) => (match.score > best.score ? match : best));
}

/** A tax rate matches the code whose label states that rate, e.g. "T20 — Standard rate (20%)". */
function rateMatch(rate: string, option: LookupOption): { score: number; reason: string } {
  const stated = /\((\d+(?:\.\d+)?)%\)\s*$/.exec(option.label)?.[1];
  if (stated !== undefined && Number(stated) === Number(rate)) {
    return { score: 0.95, reason: `the Brightpearl tax code is for ${Number(rate)}%` };
  }
  return { score: 0, reason: 'different rate' };
}

function toSuggestion(
  value: UnmappedValue,
  option: LookupOption,
  match: { score: number; reason: string },
): Suggestion {
  return {
    id: suggestionId(value.kind, value.value, option.value),
    kind: value.kind,
    kenticoValue: value.value,
    kenticoLabel: value.label,
    brightpearlValue: option.value,
    brightpearlLabel: option.label,
    confidence: Math.round(match.score * 100) / 100,
    reason: match.reason,
    seenIn: value.seenIn,
  };
}
