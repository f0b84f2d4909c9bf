export { applyTransforms, evaluateTarget, TransformFailedError } from './apply-transforms';
export { evaluateBooleanExpression } from './boolean-expression';
export { coerceToTarget, type TargetValue } from './coerce';
export { compileExpression, evaluateExpression, EVALUATION_GUARD } from './engine';
export { ExpressionError } from './expression-error';
export { checkExpressionNames } from './expression-check';
export { ContactTransformInput, inputShapeFor, ProductTransformInput } from './inputs';
export { SAMPLE_CONTACT_INPUT, SAMPLE_ORDER, SAMPLE_PRODUCT_INPUT } from './samples';
export { isCustomFieldKey, listTransformTargets, targetFor, TRANSFORM_TARGETS } from './targets';
export {
  validateRuleExpressions,
  validateTransforms,
  type ValidationSamples,
} from './validate-transforms';
export { shapingIssues } from './shaping-issues';
