import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * One owner per table (ADR 0012): only a table's repository files hold SQL on it, so a change
 * to the table is a change to one folder. Migrations create the tables; tests may inspect them.
 */
const SRC = join(__dirname, '..');

interface Rule {
  what: string;
  /** Matched against each source file's text. */
  pattern: RegExp;
  /** Paths relative to companion-service/src (forward slashes) that may match. */
  owners: RegExp;
}

const ORDER_SYNC_OWNERS =
  /^sync\/orders\/order-sync-(repository|reopen|reads|reports|figures|decisions|held|insights)\.ts$/;

const RULES: Rule[] = [
  {
    what: 'the order_sync tables (order_sync, order_sync_history)',
    pattern: /\border_sync(_history)?\b/,
    owners: ORDER_SYNC_OWNERS,
  },
  { what: 'the audit log', pattern: /\baudit_log\b/, owners: /^audit\/audit-log\.ts$/ },
  {
    what: 'SQL in the admin API and the status module (they call the owners)',
    pattern: /\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/,
    owners: /^(?!admin-api\/|status\/)/,
  },
  {
    what: 'the Brightpearl send ledger (ADR 0020)',
    pattern: /\bbrightpearl_(send_ledger|budget_lock)\b/,
    owners: /^budget-ledger\/postgres-budget-ledger\.ts$/,
  },
  {
    what: 'the order checks history (retention prunes it)',
    pattern: /\border_gate_history\b/,
    owners: /^(sync\/order-gate\/checks\/order-history|retention\/prune-run-logs)\.ts$/,
  },
  {
    what: 'the order annotations (ADR 0026)',
    pattern: /\border_annotations\b/,
    owners: /^sync\/orders\/order-annotations\.ts$/,
  },
  {
    what: 'the chart roll-ups (insights/)',
    pattern: /\binsight_(buckets|rollup_marks)\b/,
    owners: /^insights\/insight-(store|counts)\.ts$/,
  },
  {
    what: 'the rejected suggestions (ADR 0027)',
    pattern: /\brejected_suggestions\b/,
    owners: /^configuration\/suggestions\/rejected-suggestions\.ts$/,
  },
  {
    what: 'the product preview samples (catalog sync writes, the preview reads)',
    pattern: /\bproduct_samples\b/,
    owners: /^sync\/catalog\/product-samples\.ts$/,
  },
];

const ALWAYS_ALLOWED = [
  /^store\/migrations\//,
  /\.test\.ts$/,
  /\.d\.ts$/,
  // Test support, not shipped behaviour: seeds rows the way a test needs them.
  /^admin-api\/test-harness\.ts$/,
  /^sync\/payments\/payment-test-fixtures\.ts$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC)
  .map((path) => ({ path, name: relative(SRC, path).split(sep).join('/') }))
  .filter(({ name }) => !ALWAYS_ALLOWED.some((allowed) => allowed.test(name)));

describe('one owner per table', () => {
  it('finds the source files', () => {
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining(['sync/orders/order-sync-repository.ts', 'admin-api/router.ts']),
    );
  });

  it.each(RULES)('only the owners touch $what', ({ pattern, owners }) => {
    const offenders = files
      .filter(({ name }) => !owners.test(name))
      .filter(({ path }) => pattern.test(readFileSync(path, 'utf8')))
      .map(({ name }) => name);
    expect(offenders).toEqual([]);
  });

  it('the rules catch what they are for', () => {
    const [orderSync, audit, adminSql] = RULES as [Rule, Rule, Rule];
    expect(orderSync.pattern.test('SELECT 1 FROM order_sync o')).toBe(true);
    expect(orderSync.pattern.test('INSERT INTO order_sync_history')).toBe(true);
    expect(orderSync.pattern.test('order_sync_state_idx, orderSync')).toBe(false);
    expect(audit.pattern.test('FROM audit_log')).toBe(true);
    expect(adminSql.pattern.test('`UPDATE dead_letters SET resolved_at = now()`')).toBe(true);
    expect(adminSql.owners.test('admin-api/overview.ts')).toBe(false);
    expect(orderSync.owners.test('sync/orders/order-sync-job.ts')).toBe(false);
  });
});
