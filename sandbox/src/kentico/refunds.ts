import { randomUUID } from 'node:crypto';

import {
  KenticoRefund,
  type KenticoOrder,
  type KenticoOrderItem,
  type RecordRefundBody,
} from '@bpkc/shared-types';

import { prorate, roundToPenny, toMoney, toUnits, type Units } from './money';

export interface RefundLineInput {
  sku: string;
  quantity: number;
}

/** What a merchant enters when refunding in Kentico (the extension's refund dialog). */
export interface NewRefundInput {
  lines?: RefundLineInput[];
  /** Refunded without lines (goodwill, shipping), excluding tax. */
  extraAmount?: number;
  extraTax?: number;
  reason?: string | null;
}

type RefundLine = KenticoRefund['Lines'][number];

/**
 * The order item a refund line refers to. A SKU on several lines maps to the first: a refund
 * names SKUs, not lines, and the first line's price is the one the storefront charged first.
 */
const itemFor = (order: KenticoOrder, sku: string): KenticoOrderItem | undefined =>
  order.Items.find((item) => item.OrderItemSKU === sku);

/** Index of the first line whose SKU is not on the order, -1 when all are. */
export const unknownSkuIndex = (order: KenticoOrder, lines: readonly RefundLineInput[]): number =>
  lines.findIndex((line) => !itemFor(order, line.sku));

/**
 * Priced from the order item: amount = unit price × quantity, tax = the item's tax × quantity /
 * item quantity, each rounded to the penny. The quantity is deliberately NOT capped at what was
 * ordered: over-refunds are bad input the companion has to notice, so the simulator must keep it.
 */
function priceLines(order: KenticoOrder, lines: readonly RefundLineInput[]): RefundLine[] {
  return lines.map(({ sku, quantity }) => {
    const item = itemFor(order, sku);
    if (!item) throw new Error(`SKU ${sku} is not on order ${order.OrderGUID}`);
    const amount = roundToPenny(toUnits(item.OrderItemUnitPrice) * quantity);
    const tax = prorate(toUnits(item.OrderItemTotalTax), quantity, item.OrderItemQuantity);
    const guid = item.OrderItemGUID;
    return {
      OrderItemGUID: guid,
      SKU: sku,
      Quantity: quantity,
      Amount: toMoney(amount),
      Tax: toMoney(tax),
    };
  });
}

const linesTotal = (lines: readonly RefundLine[]): Units =>
  lines.reduce((sum, line) => sum + toUnits(line.Amount) + toUnits(line.Tax), 0);

/** A refund made in Kentico: its total is what its lines and extras add up to. */
export function kenticoRefund(
  order: KenticoOrder,
  input: NewRefundInput,
  createdAt: string,
): KenticoRefund {
  const lines = priceLines(order, input.lines ?? []);
  const extraAmount = roundToPenny(toUnits(input.extraAmount ?? 0));
  const extraTax = roundToPenny(toUnits(input.extraTax ?? 0));
  // Parsed so a refund the simulator stores is always one GET /refunds can serve.
  return KenticoRefund.parse({
    RefundGUID: randomUUID(),
    OrderGUID: order.OrderGUID,
    RefundCreatedWhen: createdAt,
    RefundReason: input.reason ?? null,
    Lines: lines,
    ExtraAmount: toMoney(extraAmount),
    ExtraTax: toMoney(extraTax),
    RefundTotal: toMoney(linesTotal(lines) + extraAmount + extraTax),
    BpcSalesCreditID: null,
    Origin: 'kentico',
  });
}

/**
 * A credit made in Brightpearl, recorded as is: RefundTotal is the credit's total (what the
 * customer got back). The body has no per-line money, so lines are priced from the order; what
 * the credit holds beyond them becomes ExtraAmount (tax unknown, so ExtraTax 0). A credit worth
 * less than its lines at Kentico prices keeps its own total: the record then does not add up,
 * which is the truth about such a credit.
 */
export function brightpearlRefund(order: KenticoOrder, body: RecordRefundBody): KenticoRefund {
  const lines = priceLines(order, body.lines);
  const total = roundToPenny(toUnits(body.total));
  return KenticoRefund.parse({
    RefundGUID: randomUUID(),
    OrderGUID: order.OrderGUID,
    RefundCreatedWhen: body.createdAt,
    RefundReason: null,
    Lines: lines,
    ExtraAmount: toMoney(Math.max(0, total - linesTotal(lines))),
    ExtraTax: 0,
    RefundTotal: toMoney(total),
    BpcSalesCreditID: body.brightpearlCreditId,
    Origin: 'brightpearl',
  });
}
