import type { BrightpearlLookupOptions, KenticoLookupOptions } from './lookups';

// The words a merchant reads for each setting of the configuration document (its dot paths are
// for developers). Kept apart from the logic in change-labels.ts so a new setting is one line.

/** A list whose labels name a setting's values: one of GET /lookups' lists. */
export type NamedList =
  | { side: 'brightpearl'; list: keyof BrightpearlLookupOptions }
  | { side: 'kentico'; list: keyof KenticoLookupOptions };

export const bp = (list: keyof BrightpearlLookupOptions): NamedList => ({
  side: 'brightpearl',
  list,
});
export const kentico = (list: keyof KenticoLookupOptions): NamedList => ({ side: 'kentico', list });

export interface SettingWords {
  label: string;
  /** Where the value's name is found (a Brightpearl id → its name). */
  values?: NamedList;
}

/** Settings at a fixed path, whole sections included (a first configuration adds them whole). */
export const SETTINGS: Record<string, SettingWords> = {
  version: { label: 'Document format version' },
  brightpearl: { label: 'Brightpearl order settings' },
  'brightpearl.channelId': { label: 'Brightpearl channel of new orders', values: bp('channels') },
  'brightpearl.warehouseId': {
    label: 'Brightpearl warehouse of new orders',
    values: bp('warehouses'),
  },
  'brightpearl.priceListId': { label: 'Brightpearl price list', values: bp('priceLists') },
  'brightpearl.priceMode': { label: 'Kentico prices exclude (EXC) or include (INC) tax' },
  'brightpearl.installedIntegrationInstanceId': {
    label: 'Brightpearl integration instance (override)',
  },
  'brightpearl.salesNominalCode': { label: 'Sales nominal code', values: bp('nominalCodes') },
  'brightpearl.shippingNominalCode': {
    label: 'Shipping nominal code',
    values: bp('nominalCodes'),
  },
  orderStatuses: { label: 'Order statuses' },
  shippingMethods: { label: 'Shipping methods' },
  taxCodes: { label: 'Tax codes' },
  currencies: { label: 'Currencies Brightpearl accepts' },
  stock: { label: 'Stock' },
  'stock.warehouseIds': { label: 'Warehouses Kentico may sell from', values: bp('warehouses') },
  catalog: { label: 'Catalog' },
  'catalog.products': { label: 'Who owns products' },
  'catalog.prices': { label: 'Where prices come from' },
  'catalog.stock': { label: 'Where stock levels come from' },
  'catalog.defaultBrandId': { label: 'Brand of products created in Brightpearl' },
  statusSync: { label: 'Order status sync' },
  'statusSync.kenticoOwned': {
    label: 'Kentico statuses sent to Brightpearl',
    values: kentico('orderStatuses'),
  },
  'statusSync.fromBrightpearl': { label: 'Brightpearl statuses sent back to Kentico' },
  payments: { label: 'Payments' },
  'payments.paidStatuses': {
    label: 'Kentico statuses that mean paid',
    values: kentico('orderStatuses'),
  },
  'payments.methods': { label: 'Payment methods' },
  'payments.feeJournal': { label: 'Payment fee journal' },
  'payments.feeJournal.journalType': { label: 'Payment fee journal: journal type' },
  'payments.feeJournal.feeNominalCode': {
    label: 'Payment fee journal: fee nominal code',
    values: bp('nominalCodes'),
  },
  'payments.feeJournal.bankNominalCode': {
    label: 'Payment fee journal: bank nominal code',
    values: bp('nominalCodes'),
  },
  fulfilment: { label: 'Fulfilment' },
  'fulfilment.shippedStatus': {
    label: 'Kentico status when shipped',
    values: kentico('orderStatuses'),
  },
  'fulfilment.partiallyShippedStatus': {
    label: 'Kentico status when partly shipped',
    values: kentico('orderStatuses'),
  },
  'fulfilment.carriers': { label: 'Carrier names shown in Kentico' },
  refunds: { label: 'Refunds' },
  'refunds.creditStatusId': {
    label: 'Brightpearl status of new sales credits',
    values: bp('orderStatuses'),
  },
  'refunds.refundedStatus': {
    label: 'Kentico status after a Brightpearl credit',
    values: kentico('orderStatuses'),
  },
  'refunds.paymentMethodCode': {
    label: 'Brightpearl payment method of refunds',
    values: bp('paymentMethods'),
  },
  customers: { label: 'Customers' },
  'customers.identity': { label: 'Who owns customer details' },
  'customers.credit': { label: 'Who owns credit terms' },
  products: { label: 'Products' },
  'products.skuAliases': { label: 'SKU aliases' },
  transforms: { label: 'Field transforms' },
  rules: { label: 'Business rules' },
  'rules.(order)': { label: 'Order of the business rules' },
  checks: { label: 'Checks' },
  settings: { label: 'Settings' },
  'settings.flows': { label: 'Flows' },
  'settings.schedules': { label: 'Schedules' },
  'settings.schedules.reconcileSeconds': { label: 'Order reconciliation every (seconds, 0: off)' },
  'settings.schedules.stockFullCompareMinutes': {
    label: 'Stock full compare every (minutes, 0: off)',
  },
  'settings.schedules.sweepSeconds': { label: 'Credits and contacts sweep every (seconds)' },
  'settings.goLiveDate': { label: 'Go-live date' },
  'settings.alerts': { label: 'Alerts' },
  'settings.alerts.emailTo': { label: 'Alert e-mail recipients' },
  'settings.alerts.digestSeconds': { label: 'Alert digest every (seconds)' },
  'settings.alerts.deadLetterGrowth': { label: 'Alert when failures grow by' },
  'settings.alerts.budgetExhaustedMinutes': {
    label: 'Alert when the Brightpearl budget is used up for (minutes)',
  },
  'settings.alerts.heldOrders': { label: 'Alert on held orders' },
  'settings.orderTagField': { label: 'Brightpearl order field for rule tags' },
};
