import type { ProductAvailability, StockCorrection } from '@bpkc/shared-types';

import { dispatch } from './dispatch';
import type { DispatchEnvironment } from './dispatch';
import { createFlowApi } from './direct-flows';
import type { FlowApi } from './direct-flows';
import { BrightpearlError } from './errors';
import type { ProductCreateBody, ProductUpdateBody } from './products/product-input';
import type { HttpMethod, Route } from './route';

/**
 * Drives the simulated account the way the API would, through the SAME handlers, but without
 * spending the request budget or appearing in the request log: tests and benchmarks use it to
 * cause stock, catalog, fulfilment, status, credit and contact changes "in Brightpearl" (the
 * last four: direct-flows.ts). A 4xx/5xx answer is thrown as a BrightpearlError carrying the
 * status and the `errors` array.
 */
export interface DirectApi extends FlowApi {
  /** Like POST warehouse/{id}/stock-correction; returns the goods-note ids. */
  correctStock(warehouseId: number, corrections: StockCorrection['corrections']): number[];
  /** Like POST product-service/product; returns the new product id. */
  createProduct(body: ProductCreateBody): number;
  /** Like PUT product-service/product/{id} (partial). */
  updateProduct(productId: number, body: ProductUpdateBody): void;
  /** Like PUT product-price/{id}/price-list for one list: quantity break → price. */
  setPrice(
    productId: number,
    priceListId: number,
    quantityPrice: Record<string, number | string>,
  ): void;
  /** Its product-availability entry; undefined when not stock tracked; an unknown id throws. */
  availability(productId: number): ProductAvailability[string] | undefined;
}

export function createDirectApi(
  routes: readonly Route[],
  environment: DispatchEnvironment,
): DirectApi {
  const call = (method: HttpMethod, path: string, body?: unknown): unknown => {
    const { result } = dispatch(routes, { method, path, query: {}, body }, environment);
    const payload = result.body as { response?: unknown; errors?: BrightpearlError['errors'] };
    if (result.status >= 300) throw new BrightpearlError(result.status, payload.errors ?? []);
    return payload.response;
  };
  return {
    ...createFlowApi(call, environment),
    correctStock: (warehouseId, corrections) =>
      call('POST', `/warehouse-service/warehouse/${warehouseId}/stock-correction`, {
        corrections,
      }) as number[],
    createProduct: (body) => call('POST', '/product-service/product', body) as number,
    updateProduct: (productId, body) => {
      call('PUT', `/product-service/product/${productId}`, body);
    },
    setPrice: (productId, priceListId, quantityPrice) => {
      const body = { priceLists: [{ priceListId, quantityPrice }] };
      call('PUT', `/product-service/product-price/${productId}/price-list`, body);
    },
    availability: (productId) => {
      const path = `/warehouse-service/product-availability/${productId}`;
      return (call('GET', path) as ProductAvailability)[String(productId)];
    },
  };
}
