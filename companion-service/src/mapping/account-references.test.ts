import type { BrightpearlLookupOptions, Lookups } from '@bpkc/shared-types';

import { accountHas, referenceIssues } from './account-references';
import { testMapping } from './test-mappings';

/** An account as the lookups read it: what the sandbox has, minus what a test takes away. */
function account(changes: Partial<BrightpearlLookupOptions> = {}): Lookups {
  return {
    kentico: {
      orderStatuses: [{ value: 'Pending', label: 'Pending' }],
      shippingMethods: [{ value: 'Standard', label: 'Standard' }],
      paymentMethods: [{ value: 'Card', label: 'Card' }],
    },
    brightpearl: {
      orderStatuses: [{ value: '3', label: 'Awaiting payment' }],
      shippingMethods: [{ value: '1', label: 'Royal Mail' }],
      paymentMethods: [{ value: 'CARD', label: 'Card' }],
      warehouses: [{ value: '2', label: 'Main' }],
      channels: [{ value: '1', label: 'Web' }],
      priceLists: [
        { value: '0', label: 'Cost', gross: false, type: 'BUY' },
        { value: '1', label: 'Retail', gross: false, type: 'SELL' },
        { value: '2', label: 'Retail inc VAT', gross: true, type: 'SELL' },
      ],
      taxCodes: [{ value: 'T20', label: 'T20 — Standard (20%)' }],
      nominalCodes: [
        { value: '4000', label: '4000 — Sales' },
        { value: '4040', label: '4040 — Shipping' },
        { value: '7901', label: '7901 — Bank charges', inactive: true },
      ],
      ...changes,
    },
    fetchedAt: new Date(0).toISOString(),
    errors: [],
  };
}

const issue = (path: string, message: string, severity = 'error') =>
  expect.objectContaining({ path, message, severity });

describe('the mapping against the account', () => {
  it('finds nothing when every value exists and the price list suits the price mode', () => {
    expect(referenceIssues(testMapping(), account())).toEqual([]);
  });

  it('names a missing price list with the lists the account has', () => {
    const mapping = testMapping();
    const wrong = { ...mapping, brightpearl: { ...mapping.brightpearl, priceListId: 7 } };
    expect(referenceIssues(wrong, account())).toEqual([
      issue(
        'brightpearl.priceListId',
        'Brightpearl price list 7 does not exist (the account has 0 "Cost", 1 "Retail", 2 "Retail inc VAT")',
      ),
    ]);
  });

  it('refuses a price list whose gross flag disagrees with priceMode, and the cost list', () => {
    const mapping = testMapping();
    const gross = { ...mapping, brightpearl: { ...mapping.brightpearl, priceListId: 2 } };
    expect(referenceIssues(gross, account())).toEqual([
      issue(
        'brightpearl.priceMode',
        'priceMode "EXC" (net) but price list 2 "Retail inc VAT" is gross: set priceMode "INC" or pick a net list',
      ),
    ]);
    const inc = { ...gross, brightpearl: { ...gross.brightpearl, priceMode: 'INC' as const } };
    expect(referenceIssues(inc, account())).toEqual([]);
    const cost = { ...mapping, brightpearl: { ...mapping.brightpearl, priceListId: 0 } };
    expect(referenceIssues(cost, account())).toEqual([
      issue(
        'brightpearl.priceListId',
        'price list 0 "Cost" is a purchase (BUY) list: sales orders and shop prices need a SELL list',
      ),
    ]);
  });

  it('checks every nominal code, refusing an inactive one (journals do)', () => {
    const mapping = testMapping();
    const wrong = {
      ...mapping,
      brightpearl: { ...mapping.brightpearl, shippingNominalCode: '4050' },
      payments: {
        ...mapping.payments,
        feeJournal: { journalType: 'JJ', feeNominalCode: '7901', bankNominalCode: '1200' },
      },
    };
    expect(referenceIssues(wrong, account())).toEqual([
      issue(
        'brightpearl.shippingNominalCode',
        'Brightpearl nominal code "4050" does not exist (the account has 4000 — Sales, 4040 — Shipping, 7901 — Bank charges)',
      ),
      issue('payments.feeJournal.feeNominalCode', 'Brightpearl nominal code "7901" is inactive'),
      issue(
        'payments.feeJournal.bankNominalCode',
        'Brightpearl nominal code "1200" does not exist (the account has 4000 — Sales, 4040 — Shipping, 7901 — Bank charges)',
      ),
    ]);
  });

  it('names tax codes, payment methods, statuses, warehouses and channels the account lacks', () => {
    const mapping = testMapping();
    const wrong = {
      ...mapping,
      brightpearl: { ...mapping.brightpearl, channelId: 4, warehouseId: 9 },
      orderStatuses: { Pending: 30 },
      taxCodes: { '20': 't20' },
      payments: { ...mapping.payments, methods: { Card: 'VISA' } },
      refunds: { paymentMethodCode: 'CARD' },
    };
    expect(referenceIssues(wrong, account()).map((found) => found.path)).toEqual([
      'brightpearl.channelId',
      'brightpearl.warehouseId',
      'orderStatuses.Pending',
      'taxCodes.20',
      'payments.methods.Card',
    ]);
    expect(referenceIssues(wrong, account())[3]).toEqual(
      issue(
        'taxCodes.20',
        'Brightpearl tax code "t20" does not exist (did you mean "T20"?) (the account has T20 — Standard (20%))',
      ),
    );
  });

  it('warns instead of flagging every code when the account lists no nominal codes', () => {
    expect(referenceIssues(testMapping(), account({ nominalCodes: [] }))).toEqual([
      issue('', 'Brightpearl lists no nominal codes: they were not checked', 'warning'),
    ]);
  });

  it('lists at most twelve of what the account has', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      value: String(i + 1),
      label: `M${i + 1}`,
    }));
    expect(accountHas(many)).toMatch(/^1 "M1", 2 "M2", .*12 "M12", … and 2 more$/);
    expect(accountHas([])).toBe('none');
  });
});
