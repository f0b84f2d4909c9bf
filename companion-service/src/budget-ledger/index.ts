export { createPostgresBudgetLedger, type PostgresLedgerOptions } from './postgres-budget-ledger';
