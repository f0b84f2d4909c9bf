import { idsFromPath } from '../id-params';
import { SHIPPING_STATUSES } from '../orders/order-codes';
import { ok } from '../route';
import type { Route, RouteContext } from '../route';
import type { Lookups } from '../lookups-data';
import type { SimulatorState } from '../state';

interface LookupSpec {
  path: string;
  messageType: string;
  list(state: SimulatorState): object[];
  /** The id a trailing `/{idSet}` selects by (default: `id`, or `statusId` for statuses). */
  idOf?: (item: object) => number | undefined;
}

const defaultId = (item: object): number | undefined => {
  const { id, statusId } = item as { id?: number; statusId?: number };
  return id ?? statusId;
};

/**
 * Lookups answer `{"response":[...]}` for all items, or for the trailing `/{idSet}` only
 * (reference §11). Unknown ids are left out; the not-found rule for lookups is UNCONFIRMED.
 */
function lookupRoutes({ path, messageType, list, idOf = defaultId }: LookupSpec): Route[] {
  const pick = (context: RouteContext, ids?: number[]) =>
    list(context.state).filter((item) => !ids || ids.includes(idOf(item) ?? -1));
  return [
    { method: 'GET', path, messageType, handle: (context) => ok(pick(context)) },
    {
      method: 'GET',
      path: `${path}/:idSet`,
      messageType,
      handle: (context) => ok(pick(context, idsFromPath(context.params['idSet'], path))),
    },
  ];
}

const LOOKUPS: LookupSpec[] = [
  { path: '/product-service/channel', messageType: 'get-channel', list: (s) => s.lookups.channels },
  {
    path: '/warehouse-service/warehouse',
    messageType: 'get-warehouse',
    list: (s) => s.lookups.warehouses,
  },
  {
    path: '/product-service/price-list',
    messageType: 'get-price-list',
    list: (s) => s.lookups.priceLists,
  },
  {
    path: '/order-service/order-status',
    messageType: 'get-order-status',
    list: (s) => s.lookups.orderStatuses,
  },
  {
    path: '/order-service/order-shipping-status',
    messageType: 'get-order-shipping-status',
    list: () => SHIPPING_STATUSES,
  },
  {
    path: '/warehouse-service/shipping-method',
    messageType: 'get-shipping-method',
    list: (s) => s.lookups.shippingMethods,
  },
  {
    path: '/accounting-service/payment-method',
    messageType: 'get-payment-method',
    list: (s) => s.lookups.paymentMethods,
    idOf: (item) => (item as Lookups['paymentMethods'][number]).bankAccounts[0]?.paymentMethodId,
  },
  {
    path: '/accounting-service/tax-code',
    messageType: 'get-tax-code',
    list: (s) => s.lookups.taxCodes,
  },
  {
    // api-docs accounting/nominal-code/get.html: all codes, or those of the `/{ID-SET}` ids.
    path: '/accounting-service/nominal-code',
    messageType: 'get-nominal-code',
    list: (s) => s.lookups.nominalCodes,
  },
];

export const lookupRouteList: Route[] = [
  ...LOOKUPS.flatMap(lookupRoutes),
  {
    // A single settings object rather than a list; exact shape UNCONFIRMED (reference §11).
    method: 'GET',
    path: '/integration-service/account-configuration',
    messageType: 'get-account-configuration',
    handle: (context) => ok(context.state.lookups.accountConfiguration),
  },
];
