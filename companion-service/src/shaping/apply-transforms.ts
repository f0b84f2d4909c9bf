import type { TransformEntity } from '@bpkc/shared-types';

import { coerceToTarget, type TargetValue } from './coerce';
import { evaluateExpression } from './engine';
import { ExpressionError } from './expression-error';
import { targetFor } from './targets';

/** Time all transforms of one record may take together (each also has EVALUATION_GUARD). */
export const TRANSFORMS_BUDGET_MS = 2_000;

/**
 * A transform failed for one record. Retrying cannot help: the expression or the record must
 * change. `field` is the mapping path the admin shows it at (`transforms.salesOrder.ref`).
 */
export class TransformFailedError extends Error {
  override readonly name = 'TransformFailedError';
  readonly retryable = false;
  readonly field: string;

  constructor(
    readonly entity: TransformEntity,
    readonly key: string,
    reason: string,
  ) {
    const label = targetFor(entity, key)?.label ?? key;
    super(`the ${label} transform (${key}) failed: ${reason}`);
    this.field = `transforms.${entity}.${key}`;
  }
}

/** One target's expression, evaluated and coerced to the target's type. */
export async function evaluateTarget(
  entity: TransformEntity,
  input: { key: string; expression: string; record: unknown; bindings?: Record<string, unknown> },
): Promise<TargetValue> {
  const spec = targetFor(entity, input.key);
  if (!spec) throw new ExpressionError(`${input.key} is not a field a transform can set`);
  const value = await evaluateExpression(input.expression, input.record, input.bindings);
  return coerceToTarget(spec, value);
}

/**
 * Every transform of `entity` whose key `accepts`, against one record: target key → value
 * (undefined: the expression gave nothing, keep today's value). Throws TransformFailedError.
 */
export async function applyTransforms(
  entity: TransformEntity,
  transforms: Record<string, string>,
  input: { record: unknown; accepts: (key: string) => boolean; bindings?: Record<string, unknown> },
): Promise<Record<string, TargetValue>> {
  const values: Record<string, TargetValue> = {};
  const started = Date.now();
  for (const [key, expression] of Object.entries(transforms)) {
    if (!input.accepts(key)) continue;
    // Each expression has its own guard; many slow ones together must not hold a worker either.
    if (Date.now() - started > TRANSFORMS_BUDGET_MS) {
      throw new TransformFailedError(entity, key, 'the transforms together ran too long');
    }
    try {
      values[key] = await evaluateTarget(entity, { ...input, key, expression });
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      throw new TransformFailedError(entity, key, error.message);
    }
  }
  return values;
}
