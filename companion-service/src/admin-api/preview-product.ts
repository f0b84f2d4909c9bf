import {
  CATALOG_PATHS,
  type MappingConfig,
  type PreviewSample,
  type PreviewSide,
  Sku,
} from '@bpkc/shared-types';

import { readCurrentMapping } from '../mapping';
import { type ProductTransformInput, SAMPLE_PRODUCT_INPUT } from '../shaping';
import type { Db } from '../store';
import {
  listProductSamples,
  type ProductSample,
  readProductSample,
} from '../sync/catalog/product-samples';
import { productTransformInput } from '../sync/catalog/product-transforms';
import { catalogProductFor } from '../sync/catalog/sync-products';
import { BadRequestError, NotFoundError } from './errors';

/** Catalog sync sends products to the Kentico bridge, not to Brightpearl. */
const PRODUCT_UPSERT = { system: 'kentico', method: 'PUT', path: CATALOG_PATHS.products } as const;

/** The products catalog sync read most recently (newest first): the id is the SKU. */
export async function productPreviewSamples(db: Db, limit: number): Promise<PreviewSample[]> {
  const samples = await listProductSamples(db, limit);
  return samples.map(({ record, seenAt }) => ({
    id: record.sku,
    label: `Product ${record.sku} — ${record.name}`,
    at: seenAt.toISOString(),
  }));
}

/** The stored Brightpearl record behind a product preview (the companion's table; no call). */
export async function readSampleProduct(
  db: Db,
  id: string,
  field: 'id' | 'sampleId' = 'id',
): Promise<ProductSample> {
  const sku = Sku.safeParse(id);
  if (!sku.success) {
    const message = `invalid body field "${field}": a product SKU (1 to 100 characters)`;
    throw new BadRequestError(message, field);
  }
  const sample = await readProductSample(db, sku.data);
  if (!sample) {
    throw new NotFoundError(
      `catalog sync has not read a product with SKU "${sku.data}" lately: pick one of GET /preview/samples?entity=product`,
    );
  }
  return sample;
}

/**
 * The product upsert one mapping would send to Kentico for `sample`, through the same code as
 * catalog sync (record → CatalogProduct → product transforms). Zero calls: the record and its
 * price are the ones catalog sync last read. A failed transform is a note, as sync logs it.
 */
export async function previewProduct(input: {
  sample: ProductSample;
  mapping: MappingConfig;
  mappingVersion: number | null;
}): Promise<PreviewSide> {
  const { sample, mapping, mappingVersion } = input;
  const side = { mappingVersion, followUps: [], findings: [], request: PRODUCT_UPSERT };
  const owner = mapping.catalog.products;
  if (owner !== 'brightpearl') {
    const note = `Brightpearl owns products: off (catalog.products is "${owner}") — catalog sync would not write this product`;
    return { ...side, body: null, decision: 'skip', notes: [note] };
  }
  const notes: string[] = [];
  const failures = {
    warn: (_message: string, meta: { reason: string }) =>
      notes.push(`${meta.reason}; catalog sync would send this product untransformed`),
  };
  const price = priceFor(sample, mapping, notes);
  const product = await catalogProductFor({ record: sample.record, price }, mapping, failures);
  return { ...side, body: { products: [product] }, decision: 'send', notes };
}

/** The price sync would send, when the stored read answers for this mapping's price list. */
function priceFor(sample: ProductSample, mapping: MappingConfig, notes: string[]): number | null {
  if (mapping.catalog.prices !== 'brightpearl') {
    notes.push('prices do not come from Brightpearl: the price is sent empty (null)');
    return null;
  }
  const priceListId = mapping.brightpearl.priceListId;
  if (sample.priceListId === priceListId) return sample.price;
  notes.push(
    `price list ${priceListId} was not read for this product yet: price null here (catalog sync reads it with the product)`,
  );
  return null;
}

/**
 * What a product expression is tested on: the SKU named, else the product catalog sync read
 * last, else the built-in sample (before the first catalog sync).
 */
export async function productTestInput(
  db: Db,
  sku: string | undefined,
): Promise<ProductTransformInput> {
  const sample =
    sku === undefined
      ? (await listProductSamples(db, 1))[0]
      : await readSampleProduct(db, sku, 'sampleId');
  if (!sample) return SAMPLE_PRODUCT_INPUT;
  const currencyCode = (await readCurrentMapping(db))?.mapping.currencies[0];
  return productTransformInput(sample.record, {
    price: sample.price,
    currencyCode: currencyCode ?? SAMPLE_PRODUCT_INPUT.currencyCode,
  });
}
