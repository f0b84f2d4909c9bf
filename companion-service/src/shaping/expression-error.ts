/**
 * A merchant's expression that cannot be compiled or evaluated. `message` is in plain words
 * with the line and position ("Line 1, position 5: …"), ready to show at the field; retrying
 * cannot help (the expression or the record must change).
 */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  readonly retryable = false;

  constructor(
    message: string,
    readonly where?: { line: number; position: number },
  ) {
    super(where ? `Line ${where.line}, position ${where.position}: ${message}` : message);
  }
}

/** What the JSONata library throws: a code, an offset into the text and the token it choked on. */
interface JsonataFailure {
  code?: string;
  position?: number;
  token?: unknown;
  value?: unknown;
  message?: string;
}

/** Line and position (both 1-based) of a character offset in the expression text. */
export function locate(text: string, offset: number): { line: number; position: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, position: lines[lines.length - 1]!.length + 1 };
}

/**
 * JSONata reports the offset just past the offending token; we point at the token's start, so
 * "$uppercse(" is reported at position 1, where the merchant starts reading it.
 */
export function tokenStart(end: number, token: unknown, sigil = ''): number {
  const length = typeof token === 'string' ? token.length + sigil.length : 1;
  return Math.max(0, end - length);
}

const PLAIN: Record<string, (failure: JsonataFailure) => string> = {
  T1006: (f) => `the function $${String(f.token)} does not exist`,
  T1005: (f) => `the function $${String(f.token)} does not exist`,
  D1012: () => 'the expression ran too long and was stopped (is there an endless loop?)',
  D1011: () => 'the expression nests too deeply and was stopped (is there an endless loop?)',
  D2015: () => 'the expression built too long a list and was stopped',
  S0101: () => 'a text in quotes is not closed: add the closing quote',
  S0207: () => 'the expression ends too early: something is missing at the end',
  S0202: (f) =>
    `expected ${String(f.value ?? 'something else')} here but found "${String(f.token)}"`,
  S0203: (f) => `expected ${String(f.value ?? 'something else')} before the end`,
  S0204: (f) => `"${String(f.token)}" is not understood here`,
  S0211: (f) => `"${String(f.token)}" cannot start an expression here`,
  D3030: (f) => `${JSON.stringify(f.value)} cannot be turned into a number`,
  T2001: (f) => `the left side of "${String(f.token)}" must be a number`,
  T2002: (f) => `the right side of "${String(f.token)}" must be a number`,
};

/** A JSONata failure as an ExpressionError in plain words, positioned in `text`. */
export function toExpressionError(text: string, error: unknown): ExpressionError {
  if (error instanceof ExpressionError) return error;
  const failure = (error ?? {}) as JsonataFailure;
  const plain = failure.code ? PLAIN[failure.code] : undefined;
  const message = plain ? plain(failure) : lowerFirst(failure.message ?? String(error));
  if (typeof failure.position !== 'number') return new ExpressionError(message);
  return new ExpressionError(message, locate(text, startOf(text, failure.position, failure.token)));
}

/**
 * Where the token JSONata names starts: it reports an offset at or just past the token's end
 * (past the "(" for a call); a function's "$" is included.
 */
function startOf(text: string, position: number, token: unknown): number {
  if (typeof token !== 'string' || token === '') return Math.max(0, position - 1);
  for (const end of [position, position - 1, position + 1]) {
    const start = end - token.length;
    if (start >= 0 && text.slice(start, end) === token) {
      return text[start - 1] === '$' ? start - 1 : start;
    }
  }
  return tokenStart(position, token);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
