import { describeValue } from './coerce';
import { evaluateExpression } from './engine';
import { ExpressionError } from './expression-error';

/**
 * A rule condition: true or false. A path that matches nothing (undefined or null) simply does
 * not hold; anything else than true/false is refused in plain words (ExpressionError).
 */
export async function evaluateBooleanExpression(text: string, input: unknown): Promise<boolean> {
  const value = await evaluateExpression(text, input);
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') {
    throw new ExpressionError(`gives ${describeValue(value)} but a condition needs true or false`);
  }
  return value;
}
