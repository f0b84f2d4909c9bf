import jsonata from 'jsonata';

import { ExpressionError, toExpressionError } from './expression-error';
import { GuardedRegExp } from './guarded-regex';

// A merchant's expression must never hang or starve a worker: JSONata checks these guards at
// every step of the evaluation (its `timeout` / `stack` / `sequence` options).
export const EVALUATION_GUARD = { timeout: 500, stack: 300, sequence: 10_000 } as const;
const CACHE_LIMIT = 500;

export type CompiledExpression = jsonata.Expression;

const compiled = new Map<string, CompiledExpression>();

/**
 * Compiles once per distinct text (the same transform runs for every order). Throws an
 * ExpressionError in plain words on a syntax error.
 */
export function compileExpression(text: string): CompiledExpression {
  const cached = compiled.get(text);
  if (cached) return cached;
  let expression: CompiledExpression;
  try {
    expression = jsonata(text, {
      ...EVALUATION_GUARD,
      RegexEngine: GuardedRegExp as unknown as RegExpConstructor,
    });
  } catch (error) {
    throw toExpressionError(text, error);
  }
  // Oldest out first: a long-running companion meets only as many texts as merchants save.
  if (compiled.size >= CACHE_LIMIT) compiled.delete(compiled.keys().next().value!);
  compiled.set(text, expression);
  return expression;
}

/**
 * Evaluates `text` against `input` with `bindings` as `$name` variables. The result is plain
 * JSON (JSONata's internal sequences unwrapped); undefined when the expression yields nothing.
 */
export async function evaluateExpression(
  text: string,
  input: unknown,
  bindings: Record<string, unknown> = {},
): Promise<unknown> {
  const expression = compileExpression(text);
  try {
    const guarded = { ...(await guardedFunctions()), ...bindings };
    return toPlain(await expression.evaluate(input, guarded));
  } catch (error) {
    throw toExpressionError(text, error);
  }
}

function toPlain(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (isFunctionValue(value)) {
    throw new ExpressionError('the expression gives a function, not a value: call it with (…)');
  }
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Longest text `$pad` may build: padding is the one built-in that grows text from a number. */
export const MAX_PAD_WIDTH = 10_000;
let guards: Promise<Record<string, unknown>> | undefined;

/**
 * JSONata checks its time guard between steps, so one built-in call must stay small: `$pad`
 * (width from the expression) is shadowed by a binding that refuses widths over MAX_PAD_WIDTH,
 * then calls JSONata's own.
 */
function guardedFunctions(): Promise<Record<string, unknown>> {
  guards ??= (async () => {
    const builtIn = (await jsonata('$pad').evaluate({})) as {
      implementation: (...args: unknown[]) => unknown;
    };
    const pad = (...args: unknown[]) => {
      const width = args[1];
      if (typeof width === 'number' && Math.abs(width) > MAX_PAD_WIDTH) {
        throw new ExpressionError(`$pad can make text of at most ${MAX_PAD_WIDTH} characters`);
      }
      return builtIn.implementation(...args);
    };
    return { pad };
  })();
  return guards;
}

/** True when `$name` is one of JSONata's own functions (`$uppercase`, `$lookup`…). */
export async function isBuiltInFunction(name: string): Promise<boolean> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return false;
  return isFunctionValue(await compileExpression(`$${name}`).evaluate({}));
}

/** JSONata hands its functions out as objects carrying the implementation, or as lambdas. */
function isFunctionValue(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (!value || typeof value !== 'object') return false;
  return 'implementation' in value || '_jsonata_lambda' in value;
}
