import { BusinessRules, ChecksConfig, CHECK_NAMES } from '@bpkc/shared-types';
import type { Store } from '@bpkc/companion-service';
import { SANDBOX_MAPPING } from '@bpkc/sandbox';

/**
 * The order bench's business rules and checks (issue 14: "keeps its targets with 5 rules and all
 * checks on"). The rules are evaluated for every order but none holds or skips one (the bench
 * waits for every order in Brightpearl); one routes UK orders to the warehouse they would use
 * anyway. No note or tag rules: their follow-up requests are not order-create calls.
 */
export const BENCH_RULES = BusinessRules.parse([
  {
    id: 'huge',
    name: 'Hold orders over 1,000,000',
    when: [{ kind: 'total-over', amount: 1_000_000 }],
    action: { kind: 'hold', reason: 'Very large order' },
  },
  {
    id: 'new-bulk',
    name: 'Hold bulk orders of new customers',
    when: [
      { kind: 'customer-is-new' },
      { kind: 'quantity-over', scope: 'order', quantity: 10_000 },
    ],
    action: { kind: 'hold', reason: 'Bulk order from a new customer' },
  },
  {
    id: 'uk-main',
    name: 'UK orders from the main warehouse',
    when: [{ kind: 'country-in', countries: ['GBR'] }],
    action: { kind: 'route', warehouseId: 2 },
  },
  {
    id: 'test-skus',
    name: 'Skip test products',
    when: [{ kind: 'sku-in', skus: ['TEST-ONLY'] }],
    action: { kind: 'skip', reason: 'Test product' },
  },
  {
    id: 'negative',
    name: 'Hold impossible totals',
    when: [{ kind: 'expression', expression: 'OrderGrandTotal < 0' }],
    action: { kind: 'hold', reason: 'Negative total' },
  },
]);

export const BENCH_CHECKS = ChecksConfig.parse(
  Object.fromEntries(CHECK_NAMES.map((name) => [name, { mode: 'warn' }])),
);

/** The comparison run (BENCH_GATE=off): no rules, every check off. */
export const GATE_OFF = {
  ...SANDBOX_MAPPING,
  rules: [],
  checks: ChecksConfig.parse(
    Object.fromEntries(CHECK_NAMES.map((name) => [name, { mode: 'off' }])),
  ),
};

/** What the bench ran with and what the gate found, for the printed line. */
export async function describeGate(store: Store) {
  const [row] = await store.query<{ with_findings: string | number; findings: string | number }>(
    `SELECT count(*) FILTER (WHERE jsonb_array_length(coalesce(findings, '[]'::jsonb)) > 0)
         AS with_findings,
       coalesce(sum(jsonb_array_length(coalesce(findings, '[]'::jsonb))), 0) AS findings
     FROM order_sync`,
  );
  return {
    rules: BENCH_RULES.map((rule) => `${rule.id} (${rule.action.kind})`),
    checks: Object.fromEntries(CHECK_NAMES.map((name) => [name, BENCH_CHECKS[name].mode])),
    ordersWithWarnings: Number(row?.with_findings ?? 0),
    warnings: Number(row?.findings ?? 0),
  };
}
