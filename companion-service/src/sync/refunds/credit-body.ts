import type { KenticoOrder, KenticoRefund, MappingConfig, SalesOrderRow } from '@bpkc/shared-types';

import { PermanentSyncError } from '../orders/mapping-failure';
import { toDecimalString, toMinor } from '../orders/money';
import { taxCodeForAmounts, taxCodeForRate } from '../orders/tax-codes';

/** Differences up to this (5 pence) are absorbed by an explicit rounding row; more is an error. */
const ROUNDING_TOLERANCE = toMinor(0.05);

export const creditExternalRef = (refundGuid: string) => `KC-REF-${refundGuid}`;

/**
 * The rows of the sales credit for a Kentico refund: one per refunded line (positive amounts,
 * reference §9.2), one for an amount refunded without lines, and an explicit rounding row when
 * Kentico's refund total differs by a few pence — never silently absorbed.
 */
export function creditRows(input: {
  refund: KenticoRefund;
  order: KenticoOrder;
  mapping: MappingConfig;
  productIds: ReadonlyMap<string, number>;
}): SalesOrderRow[] {
  const { refund, order, mapping } = input;
  const rows: SalesOrderRow[] = refund.Lines.map((line) => {
    const item = order.Items.find((candidate) => candidate.OrderItemGUID === line.OrderItemGUID);
    return {
      productId: input.productIds.get(line.SKU),
      name: item?.OrderItemName ?? line.SKU,
      quantity: String(line.Quantity),
      taxCode: taxCodeForRate(mapping, item?.OrderItemTaxRate ?? 0),
      net: toDecimalString(toMinor(line.Amount)),
      tax: toDecimalString(toMinor(line.Tax)),
      nominalCode: mapping.brightpearl.salesNominalCode,
      externalRef: line.OrderItemGUID,
    };
  });
  if (refund.ExtraAmount > 0 || refund.ExtraTax > 0) {
    const net = toMinor(refund.ExtraAmount);
    const tax = toMinor(refund.ExtraTax);
    rows.push({
      name: 'Refund without lines',
      quantity: '1',
      taxCode: taxCodeForAmounts(mapping, net, tax),
      net: toDecimalString(net),
      tax: toDecimalString(tax),
      nominalCode: mapping.brightpearl.salesNominalCode,
    });
  }
  const sum = rows.reduce((total, row) => total + toMinor(Number(row.net) + Number(row.tax)), 0);
  const difference = toMinor(refund.RefundTotal) - sum;
  if (Math.abs(difference) > ROUNDING_TOLERANCE) {
    throw new PermanentSyncError(
      'invalid-order',
      `RefundTotal differs from its lines by ${difference / 10_000}`,
      { field: 'RefundTotal' },
    );
  }
  if (difference !== 0) {
    rows.push({
      name: 'Rounding adjustment',
      quantity: '1',
      taxCode: taxCodeForRate(mapping, 0),
      net: toDecimalString(difference),
      tax: '0.00',
      nominalCode: mapping.brightpearl.salesNominalCode,
    });
  }
  return rows;
}
