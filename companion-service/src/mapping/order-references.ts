import type { KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import { PermanentError } from '../dead-letters/permanent-error';
import type { MappingAccountCheck } from './account-check';

/** The mapping paths one order's sales order would carry to Brightpearl. */
export function orderReferencePaths(order: KenticoOrder, mapping: MappingConfig): string[] {
  const rates = new Set(order.Items.map((item) => item.OrderItemTaxRate));
  const taxKeys = Object.keys(mapping.taxCodes).filter((rate) => rates.has(Number(rate)));
  return [
    'brightpearl.channelId',
    'brightpearl.warehouseId',
    'brightpearl.priceListId',
    'brightpearl.priceMode',
    'brightpearl.salesNominalCode',
    'brightpearl.shippingNominalCode',
    `orderStatuses.${order.OrderStatusName}`,
    `shippingMethods.${order.OrderShippingMethodName ?? ''}`,
    ...taxKeys.map((rate) => `taxCodes.${rate}`),
  ];
}

/**
 * Refuses (dead letter `invalid-mapping`, replayable once the mapping is fixed) an order whose
 * sales order would name something the last account check found missing: Brightpearl would
 * refuse it anyway, after a contact and product lookups had been spent on it.
 */
export function assertAccountHasOrderReferences(
  check: Pick<MappingAccountCheck, 'errorsAt'> | undefined,
  input: { order: KenticoOrder; mapping: MappingConfig; mappingVersion: number },
): void {
  if (!check) return;
  const errors = check.errorsAt(
    input.mappingVersion,
    orderReferencePaths(input.order, input.mapping),
  );
  if (errors.length === 0) return;
  const named = errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new PermanentError(
    'invalid-mapping',
    `the mapping does not fit the Brightpearl account: ${named}`,
    { details: { fields: errors.map((issue) => issue.path) } },
  );
}
