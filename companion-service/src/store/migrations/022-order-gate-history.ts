import type { Migration } from './migration';

/**
 * What the order checks remember of each order they judged (sync/order-gate/checks): totals and
 * units for the outlier statistics, hashes of the customer e-mail and the basket for duplicates.
 * No e-mail address is stored. `seen_seq` orders rows by first evaluation, which decides which
 * of two look-alike orders is the duplicate. Pruned by retention on `placed_at`.
 */
export const orderGateHistoryMigration: Migration = {
  version: 22,
  name: 'order-gate-history',
  sql: `
CREATE TABLE order_gate_history (
  order_guid uuid PRIMARY KEY,
  order_number text NOT NULL,
  email_hash text,
  basket_hash text NOT NULL,
  currency text NOT NULL,
  grand_total numeric(19,4) NOT NULL,
  units integer NOT NULL,
  placed_at timestamptz NOT NULL,
  seen_seq bigint GENERATED ALWAYS AS IDENTITY,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_gate_history_recent_idx ON order_gate_history (currency, placed_at DESC);
CREATE INDEX order_gate_history_twin_idx
  ON order_gate_history (email_hash, basket_hash, placed_at) WHERE email_hash IS NOT NULL;
CREATE INDEX order_gate_history_placed_idx ON order_gate_history (placed_at);
`,
};
