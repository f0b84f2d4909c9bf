import type { BusinessRule } from '@bpkc/shared-types';

import { describeFinding, describeFindings } from './finding-text';

const rules: BusinessRule[] = [
  { id: 'big', name: 'Big orders', enabled: true, when: [], action: { kind: 'hold', reason: 'x' } },
];

describe('findings in plain words', () => {
  it('names the rule by its name and the check by its label', () => {
    expect(
      describeFinding(
        { source: 'rule:big', outcome: 'hold', reason: 'Order total 812 is over 500' },
        rules,
      ),
    ).toBe('Held: Order total 812 is over 500 (rule “Big orders”)');
    expect(describeFinding({ source: 'phone', outcome: 'warn', reason: 'Not a UK number' })).toBe(
      'Warning: Not a UK number (check “Phone number”)',
    );
    expect(describeFinding({ source: 'rule:gone', outcome: 'skip', reason: 'test' })).toBe(
      'Skipped: test (rule “gone”)',
    );
  });

  it('says so when an order carries no finding', () => {
    expect(describeFindings([])).toBe('No reason recorded');
  });
});
