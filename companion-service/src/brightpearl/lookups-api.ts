import type { z } from 'zod';

import { getOrNone } from './id-chunks';
import type { Transport } from './http';
import {
  lookupList,
  type LookupMethods,
  NamedRecord,
  NominalCodeRecord,
  OrderStatusRecord,
  PaymentMethodRecord,
  PriceListRecord,
  ShippingMethodRecord,
  TaxCodeRecord,
} from './lookup-types';
import type { CallOptions } from './types';

/** Each lookup: its path and the record schema of its `{"response": [...]}` list. */
const LOOKUPS = {
  getOrderStatuses: { path: '/order-service/order-status', item: OrderStatusRecord },
  getShippingMethods: { path: '/warehouse-service/shipping-method', item: ShippingMethodRecord },
  getPaymentMethods: { path: '/accounting-service/payment-method', item: PaymentMethodRecord },
  getWarehouses: { path: '/warehouse-service/warehouse', item: NamedRecord },
  getChannels: { path: '/product-service/channel', item: NamedRecord },
  getPriceLists: { path: '/product-service/price-list', item: PriceListRecord },
  getTaxCodes: { path: '/accounting-service/tax-code', item: TaxCodeRecord },
  getNominalCodes: { path: '/accounting-service/nominal-code', item: NominalCodeRecord },
} as const;

/** Reference lists for the mapping screens and the connection test (reference §11). */
export function createLookupsApi(transport: Transport): LookupMethods {
  const list =
    <T extends z.ZodType>(lookup: { path: string; item: T }) =>
    async (call?: CallOptions): Promise<Array<z.output<T>>> => {
      // A service with nothing set up may answer 404 CMNC-404 instead of an empty list.
      const body = await getOrNone(transport, {
        endpoint: `GET ${lookup.path}`,
        path: lookup.path,
        schema: lookupList(lookup.item),
        call,
      });
      return body?.response ?? [];
    };
  return {
    getOrderStatuses: list(LOOKUPS.getOrderStatuses),
    getShippingMethods: list(LOOKUPS.getShippingMethods),
    getPaymentMethods: list(LOOKUPS.getPaymentMethods),
    getWarehouses: list(LOOKUPS.getWarehouses),
    getChannels: list(LOOKUPS.getChannels),
    getPriceLists: list(LOOKUPS.getPriceLists),
    getTaxCodes: list(LOOKUPS.getTaxCodes),
    getNominalCodes: list(LOOKUPS.getNominalCodes),
  };
}
