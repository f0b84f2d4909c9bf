import type { BusinessRule, Finding, RuleAction, RuleCondition } from '@bpkc/shared-types';

import { ExpressionError } from '../../../shaping';
import { type ConditionContext, conditionHolds } from './conditions';

export interface RulesOutcome {
  findings: Finding[];
  route: { statusId?: number; channelId?: number; warehouseId?: number };
  notes: string[];
  tags: string[];
}

/**
 * Runs the enabled rules in order (semantics in shared-types/src/shaping/rules.ts): a rule whose
 * conditions all hold applies its action; `hold` and `skip` end the evaluation, unless a person
 * approved the order, in which case they are recorded and the later rules still apply (the order
 * is sent "with the rules' other actions"). A condition that cannot be evaluated blocks the order
 * with the reason, so it is never sent unchecked and never lost (a dead letter, replayable).
 */
export async function applyRules(
  rules: readonly BusinessRule[],
  context: ConditionContext & { approved: boolean },
): Promise<RulesOutcome> {
  const outcome: RulesOutcome = { findings: [], route: {}, notes: [], tags: [] };
  for (const [index, rule] of rules.entries()) {
    if (!rule.enabled) continue;
    const matched = await ruleMatches(rule, index, context);
    if (typeof matched === 'object') {
      outcome.findings.push(matched);
      return outcome;
    }
    if (!matched) continue;
    const stop = applyAction(outcome, rule, rule.action);
    if (stop && !context.approved) return outcome;
  }
  return outcome;
}

/** true, false, or the blocking finding of a condition that could not be evaluated. */
async function ruleMatches(
  rule: BusinessRule,
  index: number,
  context: ConditionContext,
): Promise<boolean | Finding> {
  for (const [position, condition] of cheapestFirst(rule.when)) {
    try {
      if (!(await conditionHolds(condition, context))) return false;
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      return {
        source: `rule:${rule.id}`,
        outcome: 'block',
        reason: `Rule "${rule.name}": its expression could not be evaluated for this order: ${error.message}`,
        field: `rules.${index}.when.${position}.expression`,
      };
    }
  }
  return true;
}

/**
 * All conditions of a rule must hold, so their order does not change the answer: the ones that
 * read only the order go first, and a rule that fails on them never queries the store
 * (customer-is-new) or runs an expression. Positions are kept for the field a finding names.
 */
function cheapestFirst(when: readonly RuleCondition[]): Array<[number, RuleCondition]> {
  const cost = (condition: RuleCondition) =>
    condition.kind === 'customer-is-new' ? 2 : condition.kind === 'expression' ? 1 : 0;
  return [...when.entries()].sort(([, a], [, b]) => cost(a) - cost(b));
}

/** Applies one action; true when it ends the evaluation (hold, skip). */
function applyAction(outcome: RulesOutcome, rule: BusinessRule, action: RuleAction): boolean {
  const source = `rule:${rule.id}`;
  switch (action.kind) {
    case 'hold':
      outcome.findings.push({ source, outcome: 'hold', reason: action.reason });
      return true;
    case 'skip':
      outcome.findings.push({ source, outcome: 'skip', reason: action.reason });
      return true;
    case 'route': {
      // A later rule overrides only the fields it sets.
      for (const key of ['statusId', 'channelId', 'warehouseId'] as const) {
        if (action[key] !== undefined) outcome.route[key] = action[key];
      }
      return false;
    }
    case 'note':
      outcome.notes.push(action.text);
      return false;
    case 'tag':
      outcome.tags.push(action.tag);
      return false;
  }
}
