import type {
  KenticoOrder,
  MappingConfig,
  MappingIssue,
  TransformEntity,
} from '@bpkc/shared-types';

import { evaluateTarget } from './apply-transforms';
import { evaluateBooleanExpression } from './boolean-expression';
import { ExpressionError } from './expression-error';
import { checkExpressionNames } from './expression-check';
import { inputShapeFor } from './inputs';
import { SAMPLE_CONTACT_INPUT, SAMPLE_ORDER, SAMPLE_PRODUCT_INPUT } from './samples';
import { isCustomFieldKey, targetFor } from './targets';

// Save-time validation: every expression compiles, names only fields its input has and
// functions JSONata has, and gives the target's type on sample records. Each problem is a
// MappingIssue at the field (`transforms.salesOrder.ref`, `rules.2.when.0.expression`).

const ENTITIES: readonly TransformEntity[] = ['salesOrder', 'contact', 'product'];
/** Time the checks of one mapping's transforms may take together: a save answers promptly. */
const VALIDATION_BUDGET_MS = 5_000;

/** The records an expression is tried on; real recent orders may be added to the built-in one. */
export interface ValidationSamples {
  orders?: readonly KenticoOrder[];
}

export async function validateTransforms(
  mapping: MappingConfig,
  samples: ValidationSamples = {},
): Promise<MappingIssue[]> {
  const issues: MappingIssue[] = [];
  const started = Date.now();
  for (const entity of ENTITIES) {
    for (const [key, expression] of Object.entries(mapping.transforms[entity])) {
      const path = `transforms.${entity}.${key}`;
      if (Date.now() - started > VALIDATION_BUDGET_MS) {
        issues.push({
          path,
          message: 'not checked: the transforms before it ran too long',
          severity: 'error',
        });
        continue;
      }
      const problems = await checkTransform(entity, { key, expression }, samples);
      issues.push(...problems.map((message) => ({ path, message, severity: 'error' as const })));
    }
  }
  return issues;
}

export async function validateRuleExpressions(
  mapping: MappingConfig,
  samples: ValidationSamples = {},
): Promise<MappingIssue[]> {
  const issues: MappingIssue[] = [];
  for (const [ruleIndex, rule] of mapping.rules.entries()) {
    for (const [index, condition] of rule.when.entries()) {
      if (condition.kind !== 'expression') continue;
      const path = `rules.${ruleIndex}.when.${index}.expression`;
      const problems = await checkCondition(condition.expression, samples);
      issues.push(...problems.map((message) => ({ path, message, severity: 'error' as const })));
    }
  }
  return issues;
}

async function checkTransform(
  entity: TransformEntity,
  input: { key: string; expression: string },
  samples: ValidationSamples,
): Promise<string[]> {
  if (entity === 'contact' && isCustomFieldKey(input.key)) {
    return ['contact custom fields cannot be set by a transform yet: remove this one'];
  }
  if (!targetFor(entity, input.key)) return [`${input.key} is not a field a transform can set`];
  const named = await namesIn(input.expression, inputShapeFor(entity, input.key));
  if (named.length > 0) return named;
  for (const sample of samplesFor(entity, input.key, samples)) {
    try {
      await evaluateTarget(entity, { ...input, ...sample });
    } catch (error) {
      if (error instanceof ExpressionError) return [`${error.message}${sample.on}`];
      throw error;
    }
  }
  return [];
}

async function checkCondition(expression: string, samples: ValidationSamples): Promise<string[]> {
  const named = await namesIn(expression, inputShapeFor('salesOrder', ''));
  if (named.length > 0) return named;
  for (const order of [SAMPLE_ORDER, ...(samples.orders ?? [])]) {
    try {
      await evaluateBooleanExpression(expression, order);
    } catch (error) {
      if (error instanceof ExpressionError) return [`${error.message}${onOrder(order)}`];
      throw error;
    }
  }
  return [];
}

/** Syntax, unknown fields and unknown functions, as plain messages. */
async function namesIn(expression: string, shape: ReturnType<typeof inputShapeFor>) {
  try {
    return (await checkExpressionNames(expression, shape)).map((problem) => problem.message);
  } catch (error) {
    if (error instanceof ExpressionError) return [error.message];
    throw error;
  }
}

interface Sample {
  record: unknown;
  bindings?: Record<string, unknown>;
  /** Said after the message: which record it failed on. */
  on: string;
}

function samplesFor(entity: TransformEntity, key: string, samples: ValidationSamples): Sample[] {
  const orders = [SAMPLE_ORDER, ...(samples.orders ?? [])];
  if (entity === 'product') return [{ record: SAMPLE_PRODUCT_INPUT, on: ' (on a sample product)' }];
  if (entity === 'contact') {
    return [{ record: SAMPLE_CONTACT_INPUT, on: ' (on a sample customer)' }];
  }
  if (key.startsWith('row.')) {
    return orders.flatMap((order) =>
      order.Items.map((item) => ({ record: item, bindings: { order }, on: onOrder(order) })),
    );
  }
  return orders.map((order) => ({ record: order, on: onOrder(order) }));
}

const onOrder = (order: KenticoOrder): string =>
  order === SAMPLE_ORDER ? ' (on a sample order)' : ` (on order ${order.OrderNumber})`;
