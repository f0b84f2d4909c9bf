import type { KenticoOrder, KenticoRefund } from '@bpkc/shared-types';

import type { CallMeter } from '../call-meter';
import { createOrAdopt } from '../create-or-adopt';
import { PermanentSyncError } from '../orders/mapping-failure';
import { resolveProductIds } from '../orders/product-resolver';
import { creditExternalRef, creditRows } from './credit-body';
import { updateRefundSync } from './refund-repository';
import type { RefundDeps } from './sync-refund';

/**
 * Creates the sales credit once: a retry after an attempt that may have reached Brightpearl
 * searches by the credit's externalRef first, and so does a rejection before it is given up.
 */
export async function createCreditOnce(
  deps: RefundDeps & { meter: CallMeter },
  input: {
    refund: KenticoRefund;
    order: KenticoOrder;
    brightpearlOrderId: number;
    contactId: number | null;
    createSent: boolean;
  },
): Promise<number> {
  const externalRef = creditExternalRef(input.refund.RefundGUID);
  const find = async () =>
    (await deps.brightpearl.findOrderIdsByExternalRef(externalRef, deps.meter.call))[0];
  if (input.createSent) {
    const existing = await find();
    if (existing !== undefined) return existing;
  }
  const productIds = await resolveProductIds(deps, input.order);
  const contactId =
    input.contactId ??
    (await deps.brightpearl.getSalesOrders([input.brightpearlOrderId], deps.meter.call))[0]
      ?.contactId;
  if (!contactId)
    throw new PermanentSyncError(
      'order-not-in-brightpearl',
      `Brightpearl order ${input.brightpearlOrderId} not found`,
    );
  const bp = deps.mapping.brightpearl;
  const body = {
    customer: { id: contactId },
    parentId: input.brightpearlOrderId,
    ref: `${input.order.OrderNumber}-R`,
    placedOn: input.refund.RefundCreatedWhen,
    taxDate: input.refund.RefundCreatedWhen,
    statusId: deps.mapping.refunds.creditStatusId,
    channelId: bp.channelId,
    warehouseId: bp.warehouseId,
    priceListId: bp.priceListId,
    priceModeCode: bp.priceMode,
    externalRef,
    installedIntegrationInstanceId: bp.installedIntegrationInstanceId,
    currency: { code: input.order.BpcCurrencyCode },
    rows: creditRows({ ...input, mapping: deps.mapping, productIds }),
  };
  await updateRefundSync(deps.db, input.refund.RefundGUID, { createSent: true });
  return createOrAdopt({
    create: () => deps.brightpearl.createSalesCredit(body, deps.meter.call),
    find,
    what: 'sales credit',
  });
}
