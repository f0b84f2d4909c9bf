import { notFound } from '../errors';
import { idsFromPath, pickByIds } from '../id-params';
import { productPriceView, productView } from '../products/product-view';
import { productSearch } from '../products/product-search';
import { ok } from '../route';
import type { Route, RouteContext } from '../route';
import { runSearch } from '../search/search-engine';

/**
 * Product GET with no existing id → 404 CMNC-404. UNCONFIRMED for product GET; recorded for
 * product-price (reference §3.3, §7.4), which this mirrors.
 */
function productsFor(context: RouteContext, resource: string) {
  const found = pickByIds(context.state.products, idsFromPath(context.params['idSet'], resource));
  if (found.length === 0)
    throw notFound(resource === '/product' ? 'No Products Found' : 'No Product Prices Found');
  return found;
}

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
    method: 'GET',
    path: '/product-service/product-price/:idSet',
    messageType: 'get-product-price',
    handle: (context) => ok(productsFor(context, '/product-price').map(productPriceView)),
  },
];
