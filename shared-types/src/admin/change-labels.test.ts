import { describeChange, labelChanges } from './change-labels';
import type { ChangeNames } from './change-values';
import type { ConfigurationChange } from './configuration';
import { diffConfigurations } from './configuration-diff';

const option = (value: string, label: string) => ({ value, label });
const NAMES: ChangeNames = {
  brightpearl: {
    orderStatuses: [option('4', 'Invoiced'), option('7', 'Credit issued')],
    shippingMethods: [option('1', 'Royal Mail'), option('2', 'DPD')],
    paymentMethods: [option('CARD', 'Card payments')],
    warehouses: [option('2', 'Main warehouse'), option('3', 'Overflow')],
    channels: [option('5', 'Web shop')],
    priceLists: [option('1', 'Retail')],
    taxCodes: [option('T1', 'Standard rate')],
    nominalCodes: [option('4000', 'Sales')],
  },
  kentico: {
    orderStatuses: [option('Paid', 'Paid in full')],
    shippingMethods: [option('PigeonPost', 'Pigeon post')],
    paymentMethods: [option('Card', 'Credit card')],
  },
};

const label = (path: string, context = {}) =>
  describeChange({ path, change: 'changed', before: 1, after: 2 }, context).label;
const values = (path: string, before: unknown, after: unknown) => {
  const { beforeText, afterText } = describeChange(
    { path, change: 'changed', before, after },
    { names: NAMES },
  );
  return [beforeText, afterText];
};

describe('change labels', () => {
  it('names a mapping table entry by its Kentico value and its Brightpearl value by name', () => {
    const change: ConfigurationChange = {
      path: 'shippingMethods.PigeonPost',
      change: 'added',
      after: 1,
    };
    expect(describeChange(change, { names: NAMES })).toEqual({
      label: 'Shipping method PigeonPost (Pigeon post) → Brightpearl shipping method',
      beforeText: undefined,
      afterText: '1 (Royal Mail)',
    });
    expect(describeChange(change)).toMatchObject({
      label: 'Shipping method PigeonPost → Brightpearl shipping method',
      afterText: '1',
    });
    expect(label('orderStatuses.Paid', { names: NAMES })).toBe(
      'Order status Paid (Paid in full) → Brightpearl status',
    );
    expect(label('taxCodes.17.5')).toBe('Tax rate 17.5 % → Brightpearl tax code');
    expect(values('taxCodes.20', 'T0', 'T1')).toEqual(['T0', 'T1 (Standard rate)']);
    expect(label('payments.methods.Card', { names: NAMES })).toBe(
      'Payment method Card (Credit card) → Brightpearl payment method',
    );
    expect(values('payments.methods.Card', 'CASH', 'CARD')).toEqual([
      'CASH',
      'CARD (Card payments)',
    ]);
    expect(label('statusSync.fromBrightpearl.4', { names: NAMES })).toBe(
      'Brightpearl status 4 (Invoiced) → Kentico status',
    );
    expect(label('fulfilment.carriers.2', { names: NAMES })).toBe(
      'Brightpearl shipping method 2 (DPD) → carrier name in Kentico',
    );
  });

  it('names the Brightpearl order settings and lists of ids', () => {
    expect(label('brightpearl.channelId')).toBe('Brightpearl channel of new orders');
    expect(values('brightpearl.warehouseId', 2, 3)).toEqual(['2 (Main warehouse)', '3 (Overflow)']);
    expect(values('stock.warehouseIds', [2], [2, 3])).toEqual([
      '2 (Main warehouse)',
      '2 (Main warehouse), 3 (Overflow)',
    ]);
    expect(values('currencies', ['GBP'], [])).toEqual(['GBP', 'empty']);
    expect(values('refunds.creditStatusId', 7, undefined)).toEqual([
      '7 (Credit issued)',
      undefined,
    ]);
    expect(values('payments.paidStatuses', [], ['Paid'])).toEqual(['empty', 'Paid (Paid in full)']);
    expect(label('catalog.products')).toBe('Who owns products');
    expect(label('customers.credit')).toBe('Who owns credit terms');
  });

  it('names SKU aliases and transforms by entity and field', () => {
    expect(label('products.skuAliases.K-1')).toBe('Kentico SKU K-1 → Brightpearl SKU');
    expect(label('transforms.salesOrder.ref')).toBe('Sales order reference transform');
    expect(label('transforms.salesOrder.row.name')).toBe('Sales order line name transform');
    expect(label('transforms.contact.customFields.PCF_LOYAL')).toBe(
      'Contact custom field PCF_LOYAL transform',
    );
    expect(label('transforms.product')).toBe('Product transforms');
  });

  it('names checks, their fields and the settings', () => {
    expect(label('checks.phone.mode')).toBe('Phone number check: mode');
    expect(label('checks.duplicate.windowMinutes')).toBe('Duplicate order check: window (minutes)');
    expect(label('checks.valueOutlier')).toBe('Unusual order value check');
    expect(label('settings.flows.stock')).toBe('Stock flow');
    expect(values('settings.flows.orders', true, false)).toEqual(['on', 'off']);
    expect(label('settings.alerts.digestSeconds')).toBe('Alert digest every (seconds)');
    expect(label('settings.goLiveDate')).toBe('Go-live date');
  });

  it('labels every part of a whole first configuration, and keeps an unknown path as it is', () => {
    const document = {
      version: 1,
      brightpearl: {},
      orderStatuses: {},
      shippingMethods: {},
      taxCodes: {},
      currencies: [],
      stock: {},
      catalog: {},
      statusSync: {},
      payments: {},
      fulfilment: {},
      refunds: {},
      customers: {},
      products: {},
      transforms: {},
      rules: [],
      checks: {},
      settings: {},
    };
    const labelled = labelChanges(diffConfigurations(undefined, document));
    expect(labelled).toHaveLength(Object.keys(document).length);
    for (const change of labelled) expect(change.label).not.toBe(change.path);
    expect(label('somethingNew.deep')).toBe('somethingNew.deep');
  });
});
