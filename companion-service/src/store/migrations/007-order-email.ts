import type { Migration } from './migration';

/**
 * The customer's e-mail on each order, so operators can find an order by the address a customer
 * quotes. Stored lowercase by the order sync; the index serves the exact-match search.
 */
export const orderEmailMigration: Migration = {
  version: 7,
  name: 'order-email',
  sql: `
ALTER TABLE order_sync ADD COLUMN customer_email text;
CREATE INDEX order_sync_customer_email_idx ON order_sync (customer_email);
`,
};
