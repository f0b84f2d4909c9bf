import type { KenticoOrder, KenticoRefund, MappingConfig, SalesOrderRow } from '@bpkc/shared-types';

import { toDecimalString, toMinor } from '../orders/money';
import { roundingRow } from '../orders/rounding-row';
import { taxCodeForAmounts, taxCodeForRate } from '../orders/tax-codes';

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
  const rounding = roundingRow(mapping, { rows, total: refund.RefundTotal, field: 'RefundTotal' });
  if (rounding) rows.push(rounding);
  return rows;
}
