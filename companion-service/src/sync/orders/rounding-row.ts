import type { MappingConfig, SalesOrderRow } from '@bpkc/shared-types';

import { PermanentSyncError } from './mapping-failure';
import { type Minor, toDecimalString, toMinor } from './money';
import { taxCodeForRate } from './tax-codes';

/** Differences up to this (5 pence) are absorbed by an explicit rounding row; more is an error. */
const ROUNDING_TOLERANCE = toMinor(0.05);

/**
 * Shop totals can differ from the sum of rows by a penny or two (reference §12.8); the
 * difference becomes a visible "Rounding adjustment" row, never a silent change. A larger
 * difference means the data is wrong: a permanent error naming the total's field.
 */
export function roundingRow(
  mapping: MappingConfig,
  input: { rows: readonly SalesOrderRow[]; total: number; field: string },
): SalesOrderRow | undefined {
  const rowsTotal: Minor = input.rows.reduce(
    (sum, row) => sum + toMinor(Number(row.net) + Number(row.tax)),
    0,
  );
  const difference = toMinor(input.total) - rowsTotal;
  if (difference === 0) return undefined;
  if (Math.abs(difference) > ROUNDING_TOLERANCE) {
    throw new PermanentSyncError(
      'invalid-order',
      `${input.field} differs from the sum of its rows by ${difference / 10_000}`,
      { field: input.field },
    );
  }
  return {
    name: 'Rounding adjustment',
    quantity: '1',
    taxCode: taxCodeForRate(mapping, 0),
    net: toDecimalString(difference),
    tax: '0.00',
    nominalCode: mapping.brightpearl.salesNominalCode,
  };
}
