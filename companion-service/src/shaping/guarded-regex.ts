import { ExpressionError } from './expression-error';

// A regular expression runs inside one built-in call, where JSONata's time guard cannot stop
// it. The classic catastrophic pattern is a repeated group that itself repeats, e.g. /(a+)+$/:
// exponential backtracking on a short non-matching text. Such patterns are refused up front.

const REPEAT_RANGE = /^\{(\d+)(,(\d*))?\}/;

/** Length of the quantifier at `index` when it repeats more than once (`+`, `*`, `{2,}`…), else 0. */
function repeatingQuantifierAt(source: string, index: number): number {
  const char = source[index];
  if (char === '+' || char === '*') return 1;
  if (char !== '{') return 0;
  const range = REPEAT_RANGE.exec(source.slice(index));
  if (!range) return 0;
  const upper = range[2] === undefined ? Number(range[1]) : range[3] ? Number(range[3]) : Infinity;
  return upper > 1 ? range[0].length : 0;
}

/** True when a group containing a repeating quantifier is itself repeated. */
export function hasNestedRepetition(source: string): boolean {
  const groups: boolean[] = [];
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') {
      index += 1;
    } else if (inClass) {
      inClass = char !== ']';
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(') {
      groups.push(false);
    } else if (char === ')') {
      const repeatsInside = groups.pop() ?? false;
      if (repeatsInside && repeatingQuantifierAt(source, index + 1) > 0) return true;
    } else if (repeatingQuantifierAt(source, index) > 0) {
      groups.fill(true);
    }
  }
  return false;
}

/** The RegExp JSONata builds its regexes with: refuses nested repetition in plain words. */
export class GuardedRegExp extends RegExp {
  constructor(pattern: RegExp | string, flags?: string) {
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    if (hasNestedRepetition(source)) {
      throw new ExpressionError(
        `the regular expression /${source}/ repeats a group that itself repeats (like (a+)+): it can run for minutes; simplify it`,
      );
    }
    super(pattern, flags);
  }
}
