import type { KenticoRefund } from '@bpkc/shared-types';

/**
 * The extension's refund table (XbyK has no refund or credit-note model, §3.2). A Brightpearl
 * credit id belongs to at most one refund: that is what makes recording a credit idempotent and
 * lets a credit the companion made for a Kentico refund be recognised when it comes back.
 */
export interface RefundStore {
  /** Live row; callers copy before handing it out. */
  get(refundGuid: string): KenticoRefund | undefined;
  byCreditId(brightpearlCreditId: number): KenticoRefund | undefined;
  add(refund: KenticoRefund): void;
  setCreditId(refundGuid: string, brightpearlCreditId: number): void;
  /** Copies, oldest first. */
  listForOrder(orderGuid: string): KenticoRefund[];
  /** Copies of every refund, oldest first (the insertion order stands in for the identity column). */
  list(): KenticoRefund[];
}

export function createRefundStore(): RefundStore {
  // uniqueidentifier comparison in SQL Server is case-insensitive, hence lower-cased keys.
  const rows = new Map<string, KenticoRefund>();
  const byCredit = new Map<number, KenticoRefund>();
  return {
    get: (refundGuid) => rows.get(refundGuid.toLowerCase()),
    byCreditId: (id) => byCredit.get(id),
    add(refund) {
      rows.set(refund.RefundGUID.toLowerCase(), refund);
      if (refund.BpcSalesCreditID !== null) byCredit.set(refund.BpcSalesCreditID, refund);
    },
    setCreditId(refundGuid, id) {
      const refund = rows.get(refundGuid.toLowerCase());
      if (!refund) throw new Error(`Unknown refund ${refundGuid}`);
      refund.BpcSalesCreditID = id;
      byCredit.set(id, refund);
    },
    listForOrder: (orderGuid) =>
      [...rows.values()]
        .filter((refund) => refund.OrderGUID.toLowerCase() === orderGuid.toLowerCase())
        .map((refund) => structuredClone(refund)),
    list: () => [...rows.values()].map((refund) => structuredClone(refund)),
  };
}
