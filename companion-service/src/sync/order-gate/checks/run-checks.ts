import {
  CHECK_NAMES,
  type CheckName,
  type ChecksConfig,
  type Finding,
  type KenticoOrder,
} from '@bpkc/shared-types';

import type { Db } from '../../../store';
import { checkAddresses } from './address-check';
import type { Check, CheckContext } from './check';
import { checkDuplicate } from './duplicate-check';
import { checkEmails } from './email-check';
import { recentOrderFigures } from './order-history';
import { checkQuantityOutlier, checkValueOutlier } from './outlier-checks';
import { checkPhones } from './phone-check';
import { checkTotals } from './totals-check';

const CHECKS: Record<CheckName, Check> = {
  address: checkAddresses,
  phone: checkPhones,
  email: checkEmails,
  totals: checkTotals,
  valueOutlier: checkValueOutlier,
  quantityOutlier: checkQuantityOutlier,
  duplicate: checkDuplicate,
};

/**
 * Runs every check whose mode is not 'off', in a fixed order, and returns what they found: each
 * finding's outcome is its check's mode. An 'off' check costs nothing, not even a query. Reads
 * only the companion's own tables: no Brightpearl call.
 */
export async function runChecks(
  deps: { db: Db },
  order: KenticoOrder,
  config: ChecksConfig,
): Promise<Finding[]> {
  let recent: ReturnType<CheckContext['recentOrders']> | undefined;
  const context: CheckContext = {
    db: deps.db,
    order,
    config,
    // Both outlier checks judge against the same orders: one query serves them.
    recentOrders: () => (recent ??= recentOrderFigures(deps.db, order)),
  };
  const findings: Finding[] = [];
  for (const name of CHECK_NAMES) {
    const { mode } = config[name];
    if (mode === 'off') continue;
    const problems = await CHECKS[name](context);
    findings.push(...problems.map((problem) => ({ source: name, outcome: mode, ...problem })));
  }
  return findings;
}
