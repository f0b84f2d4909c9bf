import type { KenticoOrder } from '@bpkc/shared-types';
import type { SandboxRig } from '@bpkc/sandbox';
import { SANDBOX_MAPPING } from '@bpkc/sandbox';

const units = (amount: number) => Math.round(amount * 10_000);
const TAX_CODES: Record<number, string> = { 20: 'T20', 5: 'T5', 0: 'Z' };

/** Asserts that Brightpearl holds exactly what the Kentico order says, field by field. */
export function expectMirrored(rig: SandboxRig, order: KenticoOrder): void {
  const bp = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!);
  expect(bp).toBeDefined();
  if (!bp) return;
  expect(bp.externalRef).toBe(order.OrderGUID);
  // Not in the mapping: read from Brightpearl's answers (the simulator's header says 11).
  expect(bp.installedIntegrationInstanceId).toBe(11);
  expect(bp.ref).toBe(order.OrderNumber);
  expect(bp.channelId).toBe(SANDBOX_MAPPING.brightpearl.channelId);
  expect(bp.delivery.shippingMethodId).toBe(
    SANDBOX_MAPPING.shippingMethods[order.OrderShippingMethodName!],
  );
  expect(bp.statusId).toBe(SANDBOX_MAPPING.orderStatuses[order.OrderStatusName]);
  expect(bp.currency.code).toBe(order.BpcCurrencyCode);

  const productRows = bp.rows.filter((row) => row.externalRef !== undefined);
  expect(productRows).toHaveLength(order.Items.length);
  for (const item of order.Items) {
    const row = productRows.find((candidate) => candidate.externalRef === item.OrderItemGUID)!;
    const product = [...rig.brightpearl.state.products.values()].find(
      (p) => p.sku === item.OrderItemSKU,
    );
    expect(row.productId).toBe(product?.id);
    expect(row.quantity).toBe(item.OrderItemQuantity * 10_000);
    expect(row.net).toBe(units(item.OrderItemTotalPrice));
    expect(row.tax).toBe(units(item.OrderItemTotalTax));
    expect(row.taxCode).toBe(TAX_CODES[item.OrderItemTaxRate]);
  }
  const net = bp.rows.reduce((sum, row) => sum + row.net, 0);
  const tax = bp.rows.reduce((sum, row) => sum + row.tax, 0);
  expect(tax).toBe(units(order.OrderTotalTax));
  expect(net + tax).toBe(units(order.OrderGrandTotal));

  const shipping = order.Addresses.find((a) => a.OrderAddressType === 'Shipping')!;
  expect(bp.delivery.address.addressLine1).toBe(shipping.OrderAddressLine1);
  expect(bp.delivery.address.postalCode).toBe(shipping.OrderAddressZip);
  expect(bp.delivery.address.countryIsoCode).toBe(shipping.OrderAddressCountryThreeLetterCode);

  const contact = rig.brightpearl.state.contacts.get(bp.customer.id);
  expect(contact?.emails.PRI?.email.toLowerCase()).toBe(order.Customer.CustomerEmail.toLowerCase());
}
