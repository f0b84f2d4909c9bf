import type { BusinessRule, Finding } from '@bpkc/shared-types';

import { checkLabel } from '../rules/check-descriptions';

const OUTCOME: Record<Finding['outcome'], string> = {
  warn: 'Warning',
  hold: 'Held',
  block: 'Blocked',
  skip: 'Skipped',
};

/** Who raised a finding: rule “Big orders” (by its name when known), check “Phone number”. */
export function findingSource(source: string, rules: BusinessRule[] = []): string {
  if (source.startsWith('rule:')) {
    const id = source.slice('rule:'.length);
    return `rule “${rules.find((rule) => rule.id === id)?.name ?? id}”`;
  }
  return `check “${checkLabel(source)}”`;
}

/** One finding in plain words: "Held: Order total 812.00 is over 500 (rule “Big orders”)". */
export const describeFinding = (finding: Finding, rules: BusinessRule[] = []): string =>
  `${OUTCOME[finding.outcome]}: ${finding.reason} (${findingSource(finding.source, rules)})`;

/** Every finding of an order, one per line; says so when none was recorded. */
export const describeFindings = (findings: Finding[], rules: BusinessRule[] = []): string =>
  findings.length === 0
    ? 'No reason recorded'
    : findings.map((finding) => describeFinding(finding, rules)).join('\n');
