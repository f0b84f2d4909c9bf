/**
 * Name similarity for suggestions: both names are normalised into tokens (case, punctuation,
 * "&"/"and", digits-as-words for 1st/first), then compared with the Sørensen–Dice coefficient
 * over character bigrams of the joined tokens. Dice is symmetric, cheap and forgiving of word
 * order and spacing ("RoyalMail1st" ~ "Royal Mail 1st Class"), which is what code names need.
 */

const SYNONYMS: Record<string, string> = {
  and: '&',
  first: '1st',
  second: '2nd',
  intl: 'international',
  std: 'standard',
  exp: 'express',
};

/** "RoyalMail1st" → ["royal", "mail", "1st"]; "Click & Collect" → ["click", "&", "collect"]. */
export function nameTokens(name: string): string[] {
  const spaced = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .toLowerCase()
    .replace(/[_\-./]+/g, ' ')
    .replace(/&/g, ' & ');
  return spaced
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => SYNONYMS[token] ?? token);
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice over character bigrams, 0-1 (1: same bigrams). */
export function diceCoefficient(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  if (a.length < 2 || b.length < 2) return 0;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

export interface NameMatch {
  score: number;
  reason: string;
}

/** How alike two names are, and why, in words the merchant reads next to the suggestion. */
export function compareNames(kentico: string, brightpearl: string): NameMatch {
  const left = nameTokens(kentico);
  const right = nameTokens(brightpearl);
  const joinedLeft = left.join('');
  const joinedRight = right.join('');
  if (joinedLeft.length > 0 && joinedLeft === joinedRight) {
    return { score: 1, reason: 'names match after ignoring spaces, case and punctuation' };
  }
  const score = diceCoefficient(joinedLeft, joinedRight);
  const common = left.filter((token) => right.includes(token));
  const reason =
    common.length > 0
      ? `${Math.round(score * 100)}% of letter pairs shared; both name ${common.map((t) => `"${t}"`).join(', ')}`
      : `${Math.round(score * 100)}% of letter pairs shared`;
  return { score, reason };
}
