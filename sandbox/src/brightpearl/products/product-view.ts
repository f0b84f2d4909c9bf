import { formatUnits, toUnits } from '../decimal';
import type { SimulatorState, StoredProduct } from '../state';

const text = (value: string) => ({ languageCode: 'en', text: value, format: 'HTML_FRAGMENT' });

/**
 * GET /product-service/product/{idSet} item (reference §7.2, [REC]): the name lives under
 * salesChannels[].productName and the tax code is `{id, code}` (unlike order rows, §12.9).
 */
export function productView(state: SimulatorState, product: StoredProduct) {
  const taxCode = state.lookups.taxCodes.find((candidate) => candidate.code === product.taxCode);
  return {
    id: product.id,
    brandId: 0,
    productTypeId: 1,
    identity: { sku: product.sku, barcode: '' },
    featured: false,
    stock: {
      stockTracked: product.stockTracked,
      weight: { magnitude: 0 },
      dimensions: { length: 0, height: 0, width: 0, volume: 0 },
    },
    financialDetails: {
      taxable: (taxCode?.rate ?? 0) > 0,
      taxCode: { id: taxCode?.id ?? 0, code: product.taxCode },
    },
    salesChannels: [
      {
        salesChannelName: 'Brightpearl',
        productName: product.name,
        productCondition: 'new',
        categories: [],
        description: text(''),
        shortDescription: text(''),
      },
    ],
    composition: { bundle: false },
    createdOn: product.createdOn,
    updatedOn: product.updatedOn,
    warehouses: {},
    nominalCodeStock: '1001',
    nominalCodePurchases: '5000',
    nominalCodeSales: product.nominalCodeSales,
    seasonIds: [],
    reporting: {},
    status: product.status,
    salesPopupMessage: '',
    warehousePopupMessage: '',
    version: Date.parse(product.updatedOn),
  };
}

/** GET /product-service/product-price/{idSet} item (reference §7.4): quantity break → price. */
export function productPriceView(product: StoredProduct) {
  return {
    productId: product.id,
    priceLists: [
      {
        priceListId: 1,
        currencyCode: 'GBP',
        currencyId: 1,
        quantityPrice: { '1': formatUnits(toUnits(product.price), 4) },
      },
    ],
  };
}
