import type { BusinessRule, MappingIssue } from '@bpkc/shared-types';

import { freshCondition, parseList } from './condition-kinds';
import { addRule, issueAt, issuePlace, issuesUnder, moveRule, nextRuleId } from './rule-list';

const rule = (id: string): BusinessRule => ({
  id,
  name: id,
  enabled: true,
  when: [],
  action: { kind: 'hold', reason: 'look' },
});

describe('editing the ordered rule list', () => {
  it('gives a new rule an id no other rule has', () => {
    expect(nextRuleId([rule('rule-2'), rule('x')])).toBe('rule-3');
    const added = addRule([rule('rule-1')]);
    expect(added.map((r) => r.id)).toEqual(['rule-1', 'rule-2']);
    expect(added[1]!.action).toEqual({ kind: 'hold', reason: '' });
  });

  it('moves a rule up and down and leaves the ends alone', () => {
    const rules = [rule('a'), rule('b'), rule('c')];
    expect(moveRule(rules, 2, -1).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(moveRule(rules, 0, 1).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(moveRule(rules, 0, -1)).toBe(rules);
    expect(moveRule(rules, 2, 1)).toBe(rules);
  });

  it('finds the issue at a field, or one inside it, and every issue of a rule', () => {
    const issues: MappingIssue[] = [
      { path: 'rules.2.when.0.expression', message: 'Line 1: bad', severity: 'error' },
      { path: 'rules.2.action.reason', message: 'empty', severity: 'error' },
      { path: 'rules.12.name', message: 'other rule', severity: 'error' },
    ];
    expect(issueAt(issues, 'rules.2.when.0.expression')).toBe('Line 1: bad');
    expect(issueAt(issues, 'rules.2.when.0')).toBe('Line 1: bad');
    expect(issueAt(issues, 'rules.2.name')).toBeUndefined();
    expect(issuesUnder(issues, 'rules.2').map((i) => i.message)).toEqual(['Line 1: bad', 'empty']);
  });

  it('says where inside a rule an issue is, in words', () => {
    expect(issuePlace('rules.2.when.0.expression')).toBe('Condition 1 (expression)');
    expect(issuePlace('rules.2.when.3')).toBe('Condition 4');
    expect(issuePlace('rules.2.action.reason')).toBe('Action (reason)');
    expect(issuePlace('rules.2.name')).toBe('name');
    expect(issuePlace('rules.2')).toBe('This rule');
  });

  it('starts each condition kind from empty fields and reads typed lists', () => {
    expect(freshCondition('quantity-over')).toEqual({
      kind: 'quantity-over',
      scope: 'line',
      quantity: 0,
    });
    expect(freshCondition('customer-is-new')).toEqual({ kind: 'customer-is-new' });
    expect(parseList(' gbr, IRL ,, fra', { upperCase: true })).toEqual(['GBR', 'IRL', 'FRA']);
  });
});
