import type { BrightpearlProductId } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import { createSilentLogger } from '../../observability/logger';
import { migrate, openStore, type Store } from '../../store';
import { item, testOrder } from '../order-gate/checks/test-order';
import { CallMeter } from '../call-meter';
import { resolveProductIds } from './product-resolver';

/** Brightpearl's products by SKU; every search is recorded. */
function fakeBrightpearl(products: Record<string, number>) {
  const searched: string[] = [];
  const brightpearl = {
    async findProductIdBySku(sku: string) {
      searched.push(sku);
      return (products[sku] ?? null) as BrightpearlProductId | null;
    },
  } as unknown as BrightpearlClient;
  return { brightpearl, searched };
}

describe('resolveProductIds with SKU aliases', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ logger: createSilentLogger() });
    await migrate(store, createSilentLogger());
  });
  afterAll(() => store.close());

  const order = (...skus: string[]) => ({
    ...testOrder(),
    Items: skus.map((sku) => item(sku, 1, 10)),
  });

  it('looks an aliased Kentico SKU up as its Brightpearl SKU, keyed by the Kentico SKU', async () => {
    const { brightpearl, searched } = fakeBrightpearl({ 'BP-MUG': 41, PLAIN: 42 });
    const mapping = { products: { skuAliases: { 'kentico-mug': 'BP-MUG' } } };
    const ids = await resolveProductIds(
      { db: store, brightpearl, meter: new CallMeter(), mapping },
      order('kentico-mug', 'PLAIN'),
    );
    expect(ids.get('kentico-mug')).toBe(41);
    expect(ids.get('PLAIN')).toBe(42);
    expect(searched).toEqual(['BP-MUG', 'PLAIN']);
  });

  it('names unknown SKUs as Kentico has them (what the merchant maps)', async () => {
    const { brightpearl } = fakeBrightpearl({});
    const mapping = { products: { skuAliases: { 'kentico-cap': 'BP-CAP' } } };
    await expect(
      resolveProductIds(
        { db: store, brightpearl, meter: new CallMeter(), mapping },
        order('kentico-cap'),
      ),
    ).rejects.toMatchObject({
      reason: 'unknown-sku',
      message: 'SKU not found in Brightpearl: kentico-cap',
    });
  });
});
