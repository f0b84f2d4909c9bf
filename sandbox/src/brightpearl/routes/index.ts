import type { Route } from '../route';
import type { SimulateTarget } from '../webhooks/simulate';
import { accountingRoutes } from './accounting';
import { contactRoutes } from './contacts';
import { goodsOutRoutes } from './goods-out';
import { lookupRouteList } from './lookups';
import { multiMessageRoute } from './multi-message';
import { orderRoutes } from './orders';
import { productRoutes } from './products';
import { warehouseRoutes } from './warehouse';
import { webhookRoutes } from './webhooks';

/** Every endpoint the simulator serves. Multi-message dispatches into the others, not itself. */
export function buildRoutes(deps: { engine: SimulateTarget; accountCode: string }): Route[] {
  const resources = [
    ...orderRoutes,
    ...contactRoutes,
    ...productRoutes,
    ...warehouseRoutes,
    ...goodsOutRoutes,
    ...accountingRoutes,
    ...webhookRoutes(deps),
    ...lookupRouteList,
  ];
  return [...resources, multiMessageRoute(resources)];
}
