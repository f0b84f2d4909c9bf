import { type CatalogProduct, MappingConfig } from '@bpkc/shared-types';

import type { CatalogRecord } from '../../brightpearl';
import { testMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import { shapeCatalogProduct } from './product-transforms';

const record: CatalogRecord = {
  productId: 1001,
  sku: 'TEE-RED-M',
  name: 'T-shirt',
  status: 'LIVE',
  productGroupId: 1000,
  variations: [{ option: 'Colour', value: 'Red' }],
  stockTracked: true,
  taxCode: 'T20',
};
const product: CatalogProduct = {
  sku: 'TEE-RED-M',
  name: 'T-shirt',
  productGroupId: 1000,
  variations: record.variations,
  price: 10,
  currencyCode: 'GBP',
  status: 'LIVE',
  brightpearlProductId: 1001,
};
const mappingWith = (transforms: Record<string, string>) =>
  MappingConfig.parse({ ...testMapping(), transforms: { product: transforms } });

describe('product transforms (Brightpearl → Kentico)', () => {
  it('leave the product untouched without transforms', async () => {
    expect(await shapeCatalogProduct(product, { record, mapping: testMapping() })).toBe(product);
  });

  it('set name, description, price and custom fields', async () => {
    const mapping = mappingWith({
      name: 'name & " \u2013 " & $join(variations.value, " / ")',
      description: '"Colour: " & variations[option="Colour"].value',
      price: '$round(price * 1.2, 2)',
      'customFields.TaxCode': 'taxCode',
      'customFields.Tracked': 'stockTracked',
    });
    expect(await shapeCatalogProduct(product, { record, mapping })).toEqual({
      ...product,
      name: 'T-shirt \u2013 Red',
      description: 'Colour: Red',
      price: 12,
      customFields: { TaxCode: 'T20', Tracked: true },
    });
  });

  it('send a product whose transform fails untransformed, with a warning', async () => {
    const logger = createSilentLogger();
    const warn = jest.spyOn(logger, 'warn');
    const mapping = mappingWith({ price: '"free"' });
    expect(await shapeCatalogProduct(product, { record, mapping }, logger)).toBe(product);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Product transform failed'),
      expect.objectContaining({ sku: 'TEE-RED-M', field: 'transforms.product.price' }),
    );
  });
});
