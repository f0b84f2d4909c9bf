import { formatUnits, toUnits } from '../decimal';
import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { formatTimestamp } from '../state';
import type { SimulatorState, StoredProduct } from '../state';
import { PriceUpdateBody } from './product-input';
import type { QuantityPrice } from './product-types';

/**
 * GET /product-service/product-price/{idSet}[/price-list/{idSet}] item (reference §7.4):
 * quantity break → price string. Without a price-list set, the lists the product has a record
 * on are shown (Brightpearl shows all lists, unpriced ones with `{}`; ours shows the default
 * list from creation on, so the difference is only unpriced extra lists). With a set, every
 * requested list that exists is shown, `{}` when unpriced.
 */
export function productPriceView(
  state: SimulatorState,
  { product, priceListIds }: { product: StoredProduct; priceListIds?: number[] },
) {
  const lists = state.lookups.priceLists.filter((list) =>
    priceListIds ? priceListIds.includes(list.id) : product.prices.has(list.id),
  );
  return {
    productId: product.id,
    priceLists: lists.map((list) => ({
      priceListId: list.id,
      currencyCode: list.currencyCode,
      currencyId: list.currencyId,
      quantityPrice: { ...(product.prices.get(list.id) ?? {}) },
    })),
  };
}

/**
 * PUT /product-service/product-price/{productId}/price-list → `{}` (reference §7.4). Each sent
 * list's quantity breaks are replaced as a whole (replace vs merge is UNCONFIRMED). Brightpearl
 * has no price event, so a price change raises `product.modified` (reference §10.3).
 */
export function updatePrices(context: RouteContext): void {
  const { state } = context;
  const product = state.products.get(Number(context.params['productId']));
  if (!product) throw notFound('No Product Prices Found');
  const input = parseBody(PriceUpdateBody, context.body, ERROR_CODES.productValidation);
  const updates = input.priceLists.map(({ priceListId, quantityPrice }, index) => {
    if (!state.lookups.priceLists.some((list) => list.id === priceListId)) {
      const message = `priceLists.${index}.priceListId: price list ${priceListId} does not exist`;
      throw BrightpearlError.of(400, ERROR_CODES.productValidation, message);
    }
    return [priceListId, normalise(quantityPrice, index)] as const;
  });
  for (const [priceListId, quantityPrice] of updates)
    product.prices.set(priceListId, quantityPrice);
  product.updatedOn = formatTimestamp(context.now());
  context.emit({ resourceType: 'product', lifecycleEvent: 'modified', ids: [product.id] });
}

/** Prices come as numbers or strings and are stored as 4 dp strings ("12.5000"). */
function normalise(input: Record<string, number | string>, index: number): QuantityPrice {
  return Object.fromEntries(
    Object.entries(input).map(([quantity, price]) => {
      const units = priceUnits(typeof price === 'number' ? price.toFixed(4) : price);
      if (units === undefined || units < 0) {
        const message = `priceLists.${index}.quantityPrice.${quantity}: "${price}" is not a price`;
        throw BrightpearlError.of(400, ERROR_CODES.productValidation, message);
      }
      return [quantity, formatUnits(units, 4)];
    }),
  );
}

function priceUnits(text: string): number | undefined {
  try {
    return toUnits(text);
  } catch {
    return undefined;
  }
}
