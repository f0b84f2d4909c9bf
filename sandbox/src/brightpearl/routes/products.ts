import { notFound } from '../errors';
import { idsFromPath, pickByIds } from '../id-params';
import { getUrisRoute } from '../options-uris';
import { productPriceView, updatePrices } from '../products/prices';
import { productSearch } from '../products/product-search';
import { productView } from '../products/product-view';
import { createProduct, updateProduct } from '../products/product-write';
import { created, ok } from '../route';
import type { Route, RouteContext } from '../route';
import { runSearch } from '../search/search-engine';

/**
 * Ids per product / product-price GET. Not documented for products; 200 is the limit documented
 * for similar resources and what real clients chunk at (reference §3.4) — UNCONFIRMED.
 */
export const MAX_PRODUCT_IDS = 200;

/**
 * Product GET with no existing id → 404 CMNC-404. UNCONFIRMED for product GET; recorded for
 * product-price (reference §3.3, §7.4), which this mirrors.
 */
function productsFor(context: RouteContext, resource: string) {
  const ids = idsFromPath(context.params['idSet'], resource, MAX_PRODUCT_IDS);
  const found = pickByIds(context.state.products, ids);
  if (found.length === 0)
    throw notFound(resource === '/product' ? 'No Products Found' : 'No Product Prices Found');
  return found;
}

function pricesFor(context: RouteContext) {
  const listSet = context.params['priceListIdSet'];
  const priceListIds = listSet === undefined ? undefined : idsFromPath(listSet, '/price-list');
  return productsFor(context, '/product-price').map((product) =>
    productPriceView(context.state, { product, priceListIds }),
  );
}

const productExists = (state: RouteContext['state'], id: number) => state.products.has(id);

export const productRoutes: Route[] = [
  {
    method: 'GET',
    path: '/product-service/product-search',
    messageType: 'bulk-data-search',
    handle: (context) => runSearch(productSearch(context.state), context.query),
  },
  {
    method: 'GET',
    path: '/product-service/product/:idSet',
    messageType: 'get-product',
    handle: (context) =>
      ok(productsFor(context, '/product').map((product) => productView(context.state, product))),
  },
  {
    method: 'POST',
    path: '/product-service/product',
    messageType: 'post-product',
    needsBody: true,
    handle: (context) => created(createProduct(context)),
  },
  {
    method: 'PUT',
    path: '/product-service/product/:id',
    messageType: 'put-product',
    needsBody: true,
    handle: (context) => {
      updateProduct(context);
      return { status: 200, body: {} };
    },
  },
  {
    method: 'GET',
    path: '/product-service/product-price/:idSet',
    messageType: 'get-product-price',
    handle: (context) => ok(pricesFor(context)),
  },
  {
    method: 'GET',
    path: '/product-service/product-price/:idSet/price-list/:priceListIdSet',
    messageType: 'get-product-price',
    handle: (context) => ok(pricesFor(context)),
  },
  {
    method: 'PUT',
    path: '/product-service/product-price/:productId/price-list',
    messageType: 'put-product-price',
    needsBody: true,
    handle: (context) => {
      updatePrices(context);
      return { status: 200, body: {} };
    },
  },
  getUrisRoute({
    path: '/product-service/product/:idSet',
    uriPrefix: '/product',
    exists: productExists,
    chunkSize: MAX_PRODUCT_IDS,
  }),
  getUrisRoute({
    path: '/product-service/product-price/:idSet',
    uriPrefix: '/product-price',
    exists: productExists,
    chunkSize: MAX_PRODUCT_IDS,
  }),
];
