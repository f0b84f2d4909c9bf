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
    brandId: product.brandId,
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
    // Only variants carry these (reference §7.2).
    ...(product.productGroupId === undefined ? {} : { productGroupId: product.productGroupId }),
    ...(product.variations === undefined ? {} : { variations: product.variations }),
    createdOn: product.createdOn,
    updatedOn: product.updatedOn,
    warehouses: warehouseSettings(state, product.id),
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

/** Per-warehouse settings for every warehouse the product has stock records in (§7.2 [REC]). */
function warehouseSettings(state: SimulatorState, productId: number) {
  const warehouseIds = [...(state.stock.get(productId)?.keys() ?? [])].sort((a, b) => a - b);
  const settings = {
    defaultLocationId: 0,
    overflowLocationId: 0,
    reorderLevel: 0,
    reorderQuantity: 0,
  };
  return Object.fromEntries(warehouseIds.map((id) => [String(id), { ...settings }]));
}
