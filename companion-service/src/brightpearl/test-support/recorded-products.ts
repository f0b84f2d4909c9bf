/** Reference §7.2: a real product GET item (2022 recording), verbatim. */
export const RECORDED_PRODUCT = {
  id: 1007,
  brandId: 74,
  productTypeId: 1,
  identity: { sku: 'TEST001', barcode: '' },
  featured: false,
  stock: {
    stockTracked: true,
    weight: { magnitude: 0.0 },
    dimensions: { length: 0.0, height: 0.0, width: 0.0, volume: 0.0 },
  },
  financialDetails: { taxable: false, taxCode: { id: 2, code: 'T' } },
  salesChannels: [
    {
      salesChannelName: 'Brightpearl',
      productName: 'Nice Shirt for Summer',
      productCondition: 'new',
      categories: [{ categoryCode: '296' }],
      description: { languageCode: 'en', text: '', format: 'HTML_FRAGMENT' },
      shortDescription: { languageCode: 'en', text: '', format: 'HTML_FRAGMENT' },
    },
  ],
  composition: { bundle: false },
  createdOn: '2020-03-31T14:58:29.000-06:00',
  updatedOn: '2020-07-06T01:48:36.000-06:00',
  warehouses: {
    '2': { defaultLocationId: 0, overflowLocationId: 0, reorderLevel: 0, reorderQuantity: 0 },
  },
  nominalCodeStock: '1001',
  nominalCodePurchases: '5000',
  nominalCodeSales: '4000',
  seasonIds: [],
  reporting: {},
  status: 'LIVE',
  salesPopupMessage: '',
  warehousePopupMessage: '',
  version: 1594021716000,
};

/**
 * A variant in a product group, with the variations shape of the Java fixture (reference §7.2),
 * archived, without a tax code, and with the "Brightpearl" channel second.
 */
export const VARIANT_PRODUCT = {
  ...RECORDED_PRODUCT,
  id: 1008,
  identity: { sku: 'SHIRT-BLK', ean: '4006381333931' },
  status: 'ARCHIVED',
  productGroupId: 1006,
  variations: [{ optionId: 1, optionName: 'Colour', optionValueId: 1, optionValue: 'Black' }],
  stock: { stockTracked: false },
  financialDetails: { taxable: false },
  salesChannels: [
    { salesChannelName: 'Amazon UK', productName: 'Shirt (Amazon title)' },
    { salesChannelName: 'Brightpearl', productName: 'Shirt, black' },
  ],
};

/** Reference §7.4: a real product-price item, plus one product with no price in list 1. */
export const RECORDED_PRICES = [
  {
    productId: 1007,
    priceLists: [
      { priceListId: 1, currencyCode: 'CRC', currencyId: 5, quantityPrice: { '1': '10.0000' } },
      { priceListId: 4, currencyCode: 'USD', currencyId: 1, quantityPrice: {} },
    ],
  },
  {
    productId: 1008,
    priceLists: [
      { priceListId: 1, currencyCode: 'CRC', currencyId: 5, quantityPrice: {} },
      { priceListId: 4, currencyCode: 'USD', currencyId: 1, quantityPrice: { '1': '12.5000' } },
    ],
  },
];
