import { PRODUCT_ADJECTIVES, PRODUCT_NOUNS } from './people';
import { createRng } from './prng';

export interface CatalogItem {
  sku: string;
  name: string;
  /** Net of tax, major units. */
  unitPrice: number;
  /** Percent. */
  taxRate: number;
}

/** UK VAT mix: mostly standard rate, some reduced (5 %) and zero-rated goods. */
const TAX_RATES = [20, 20, 20, 5, 0] as const;
/** Fixed so that BPK-0001 is the same product in every run and every test. */
const CATALOG_SEED = 0xb9c0_0001;

export const skuOf = (index: number): string => `BPK-${String(index).padStart(4, '0')}`;

/** `count` products BPK-0001…, priced 4.99–249.00, identical for a given count on every call. */
export function defaultCatalog(count: number): CatalogItem[] {
  const rng = createRng(CATALOG_SEED);
  return Array.from({ length: count }, (_, index) => {
    const pounds = rng.int(5, 249);
    // Whole pennies over 100 give the exact 2-dp number, e.g. 4.99 rather than 5 - 0.01.
    const pennies = pounds * 100 - (rng.chance(0.7) ? 1 : 0);
    return {
      sku: skuOf(index + 1),
      name: `${rng.pick(PRODUCT_ADJECTIVES)} ${rng.pick(PRODUCT_NOUNS)}`,
      unitPrice: pennies / 100,
      taxRate: rng.pick(TAX_RATES),
    };
  });
}
