import type { CatalogProduct, MappingConfig } from '@bpkc/shared-types';

import type { CatalogRecord } from '../../brightpearl';
import {
  applyTransforms,
  isCustomFieldKey,
  type ProductTransformInput,
  type TargetValue,
  TransformFailedError,
} from '../../shaping';

/** Where a failed product transform is reported: the log in sync, the notes in the preview. */
export interface TransformFailureLog {
  warn(message: string, meta: { sku: string; field: string; reason: string }): void;
}

/**
 * The merchant's product transforms (name, description, price, custom fields) on one product going to Kentico. Input: the
 * Brightpearl product as catalog sync reads it, with its price. A product whose transform fails
 * goes with today's values and a warning naming the SKU and transform: one bad product must not
 * hold back the catalog (save-time validation catches most mistakes before they run).
 * Description and custom fields (`customFields.<Field>`) travel with the product (CatalogProduct).
 */
export async function shapeCatalogProduct(
  product: CatalogProduct,
  source: { record: CatalogRecord; mapping: MappingConfig },
  logger?: TransformFailureLog,
): Promise<CatalogProduct> {
  const transforms = source.mapping.transforms.product;
  if (Object.keys(transforms).length === 0) return product;
  const { record } = source;
  const input = productTransformInput(record, product);
  try {
    const values = await applyTransforms('product', transforms, {
      record: input,
      accepts: () => true,
    });
    return shaped(product, values);
  } catch (error) {
    if (!(error instanceof TransformFailedError)) throw error;
    logger?.warn('Product transform failed; the product goes with its untransformed values', {
      sku: record.sku,
      field: error.field,
      reason: error.message,
    });
    return product;
  }
}

/** What a product expression sees: the Brightpearl record with the price and currency sent. */
export function productTransformInput(
  record: CatalogRecord,
  sent: Pick<CatalogProduct, 'price' | 'currencyCode'>,
): ProductTransformInput {
  return {
    productId: record.productId,
    sku: record.sku,
    name: record.name,
    status: record.status,
    productGroupId: record.productGroupId,
    variations: record.variations,
    stockTracked: record.stockTracked,
    taxCode: record.taxCode,
    price: sent.price,
    currencyCode: sent.currencyCode,
  };
}

function shaped(product: CatalogProduct, values: Record<string, TargetValue>): CatalogProduct {
  const text = (value: TargetValue) =>
    typeof value === 'string' && value.trim() !== '' ? value : undefined;
  const result: CatalogProduct = { ...product };
  const name = text(values.name);
  if (name !== undefined) result.name = name;
  if (typeof values.price === 'number') result.price = values.price;
  const description = text(values.description);
  if (description !== undefined) result.description = description;
  const customFields: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(values)) {
    if (isCustomFieldKey(key) && value !== undefined) {
      customFields[key.slice('customFields.'.length)] = value;
    }
  }
  if (Object.keys(customFields).length > 0) result.customFields = customFields;
  return result;
}
