import type { BusinessRule, MappingIssue } from '@bpkc/shared-types';

/** An id no other rule has: "rule-1", "rule-2", … (ids are kept when rules are renamed). */
export function nextRuleId(rules: BusinessRule[]): string {
  const taken = new Set(rules.map((rule) => rule.id));
  let n = rules.length + 1;
  while (taken.has(`rule-${n}`)) n += 1;
  return `rule-${n}`;
}

/** A new rule at the end: held for review, no condition yet (the merchant adds one). */
export function addRule(rules: BusinessRule[]): BusinessRule[] {
  const id = nextRuleId(rules);
  return [
    ...rules,
    {
      id,
      name: `Rule ${rules.length + 1}`,
      enabled: true,
      when: [],
      action: { kind: 'hold', reason: '' },
    },
  ];
}

/** Moves one rule up (-1) or down (+1); rules run in list order, so order matters. */
export function moveRule(rules: BusinessRule[], index: number, delta: -1 | 1): BusinessRule[] {
  const target = index + delta;
  if (target < 0 || target >= rules.length) return rules;
  const next = [...rules];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export const replaceAt = <T>(items: T[], index: number, item: T): T[] =>
  items.map((existing, i) => (i === index ? item : existing));

export const removeAt = <T>(items: T[], index: number): T[] => items.filter((_, i) => i !== index);

/**
 * The issue reported exactly at `path` (e.g. "rules.2.when.0.expression"), or the first one
 * inside it, so a problem deeper than the field shown still lands next to it.
 */
export function issueAt(issues: MappingIssue[], path: string): string | undefined {
  const exact = issues.find((issue) => issue.path === path);
  const inside = issues.find((issue) => issue.path.startsWith(`${path}.`));
  return (exact ?? inside)?.message;
}

/** Every issue inside `path` (a rule, a check), to list at its card. */
export const issuesUnder = (issues: MappingIssue[], path: string): MappingIssue[] =>
  issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));

/**
 * Where inside a rule an issue is, in words: "rules.2.when.0.expression" → "Condition 1
 * (expression)", "rules.2.action.reason" → "Action (reason)", "rules.2" → "This rule".
 */
export function issuePlace(path: string): string {
  const [, , part, ...rest] = path.split('.');
  if (part === undefined) return 'This rule';
  if (part === 'when' && rest.length > 0) {
    const [index, ...field] = rest;
    const where = `Condition ${Number(index) + 1}`;
    return field.length > 0 ? `${where} (${field.join('.')})` : where;
  }
  if (part === 'action') return rest.length > 0 ? `Action (${rest.join('.')})` : 'Action';
  return [part, ...rest].join('.');
}
