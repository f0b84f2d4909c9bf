/**
 * Reference data a small sandbox merchant would have set up (reference §11). Shapes follow
 * the documented/recorded items; the values are ours.
 */
export interface TaxCode {
  id: number;
  code: string;
  description: string;
  /** Omitted when the code has no rate (reference §11, tax codes). */
  rate?: number;
}

export interface OrderStatus {
  statusId: number;
  name: string;
  orderTypeCode: string;
  sortOrder: number;
  disabled: boolean;
  visible: boolean;
  color: string;
  remindAfterDays: number;
  alertEmails: string[];
  emailContent: string;
  batchProcess: boolean;
  state: string;
}

const status = (statusId: number, name: string, state: string): OrderStatus => ({
  statusId,
  name,
  orderTypeCode: 'SO',
  sortOrder: statusId * 10,
  disabled: false,
  visible: true,
  color: '#E7E6E4',
  remindAfterDays: 0,
  alertEmails: [],
  emailContent: '',
  batchProcess: false,
  state,
});

const warehouse = (id: number, name: string, streetAddress: string) => ({
  id,
  name,
  address: {
    addressId: 100 + id,
    customerId: 0,
    streetAddress,
    postcode: 'BS1 4DJ',
    city: 'Bristol',
    state: 'Avon',
    countryId: 222,
    countryIsoCode2: 'GB',
  },
});

const shippingMethod = ([id, name, code, carrier]: [number, string, string, string]) => ({
  id,
  name,
  code,
  breaks: '',
  methodType: 1,
  additionalInformationRequired: false,
  carrier,
  countries: id === 4 ? 'WORLD' : 'UK',
  channelBrandTemplates: {},
});

const priceList = (id: number, text: string, typeCode: 'SELL' | 'BUY') => ({
  id,
  name: { languageCode: 'en', text, format: 'PLAINTEXT' },
  code: text.toUpperCase(),
  currencyCode: 'GBP',
  currencySymbol: '£',
  currencyId: 1,
  priceListTypeCode: typeCode,
  gross: false,
});

/**
 * Documented shape (api-docs: accounting/payment-method GET): no top-level id; the id shows
 * only on the bank accounts. One GBP and one EUR account each (the sandbox sells in both).
 */
const paymentMethod = (id: number, code: string, name: string) => ({
  name,
  code,
  isActive: true,
  bankAccounts: [
    { paymentMethodId: id, currencyIsoCode: 'GBP', bankAccountNominalCode: '1200' },
    { paymentMethodId: id, currencyIsoCode: 'EUR', bankAccountNominalCode: '1210' },
  ],
  installedIntegrationId: '0',
});

/**
 * Documented shape (api-docs accounting/nominal-code/get.html): `id` is internal, `code` is what
 * rows, payment methods and journals carry. Our chart: the codes the journals accept
 * (journals/journal-entry.ts NOMINAL_CODES) and the EUR bank account of the payment methods.
 */
const nominalCode = ([id, code, name, typeId, bank]: [
  number,
  string,
  string,
  number,
  boolean?,
]) => ({
  id,
  code,
  name,
  type: { id: typeId },
  bank: bank ?? false,
  expense: typeId === 9,
  discount: false,
  editable: true,
  active: true,
  taxCode: 0,
  chartMapCode: '',
  reconcile: bank ?? false,
  ...(bank ? { currencyId: code === '1210' ? 2 : 1 } : {}),
});

export type NominalCode = ReturnType<typeof nominalCode>;

export function createLookups() {
  return {
    channels: [
      {
        id: 1,
        name: 'Kentico Web Store',
        channelTypeId: 1,
        defaultWarehouseId: 2,
        contactGroupId: 0,
        defaultPriceListId: 1,
        channelBrandId: 1,
        warehouseIds: [2, 3],
      },
    ],
    warehouses: [
      warehouse(2, 'Main Warehouse', '1 Harbour Rd'),
      warehouse(3, 'Overflow', '9 Dock St'),
    ],
    priceLists: [priceList(0, 'Cost', 'BUY'), priceList(1, 'Retail GBP', 'SELL')],
    orderStatuses: [
      status(1, 'Draft / Quote', 'draft'),
      status(2, 'New web order', 'open'),
      status(3, 'Awaiting payment', 'open'),
      status(4, 'Invoiced', 'invoiced'),
      status(5, 'Cancelled', 'cancelled'),
    ],
    // Sales-credit statuses (orderTypeCode SC, reference §5.7). Kept out of the order-status
    // lookup list, which this sandbox serves with the SO statuses only; ids are ours.
    creditStatuses: [
      { ...status(11, 'Pending credit', 'open'), orderTypeCode: 'SC' },
      { ...status(12, 'Credit complete', 'closed'), orderTypeCode: 'SC' },
      { ...status(13, 'Credit cancelled', 'cancelled'), orderTypeCode: 'SC' },
    ],
    shippingMethods: [
      shippingMethod([1, 'Royal Mail 1st Class', 'RM1ST', 'Royal Mail']),
      shippingMethod([2, 'DPD Next Day', 'DPDND', 'DPD']),
      shippingMethod([3, 'Click & Collect', 'CLICKCOLL', 'In store']),
      shippingMethod([4, 'International Tracked', 'INTLTRK', 'Royal Mail']),
    ],
    // Codes the sandbox mapping sends on payments and refunds, plus one it does not use.
    paymentMethods: [
      paymentMethod(1, 'CARD', 'Card (web)'),
      paymentMethod(2, 'PAYPAL', 'PayPal'),
      paymentMethod(3, 'BANK', 'Bank transfer'),
      { ...paymentMethod(4, 'CASH', 'Cash'), isActive: false },
    ],
    taxCodes: [
      { id: 1, code: 'T20', description: 'Standard rate', rate: 20 },
      { id: 2, code: 'T5', description: 'Reduced rate', rate: 5 },
      { id: 3, code: 'Z', description: 'Zero rated', rate: 0 },
      { id: 4, code: 'N', description: 'Not taxable' },
    ] as TaxCode[],
    nominalCodes: (
      [
        [1, '1001', 'Stock', 1],
        [2, '1100', 'Debtors control account', 1],
        [3, '1200', 'Bank current account', 1, true],
        [4, '1210', 'Bank EUR account', 1, true],
        [5, '2100', 'Creditors control account', 2],
        [6, '2200', 'VAT', 2],
        [7, '4000', 'Sales', 7],
        [8, '4009', 'Refunds', 7],
        [9, '4040', 'Shipping income', 7],
        [10, '5000', 'Purchases', 8],
        [11, '7901', 'Bank charges', 9],
      ] as Array<[number, string, string, number, boolean?]>
    ).map(nominalCode),
    currencies: [
      { id: 1, code: 'GBP', symbol: '£', isDefault: true },
      { id: 2, code: 'EUR', symbol: '€', isDefault: false },
      { id: 3, code: 'USD', symbol: '$', isDefault: false },
    ],
    accountConfiguration: {
      baseCurrencyCode: 'GBP',
      newSalesOrderStatusId: 2,
      defaultSalesChannelId: 1,
      defaultWarehouseId: 2,
      defaultPriceListId: 1,
      salesNominalCode: '4000',
      shippingNominalCode: '4040',
      defaultTaxRateId: 1,
    },
  };
}

export type Lookups = ReturnType<typeof createLookups>;
