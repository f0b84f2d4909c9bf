export { applyRules, type RulesOutcome } from './apply-rules';
export { type ConditionContext, conditionHolds } from './conditions';
export { isNewCustomer } from './customer-history';
