import type { Route } from '../route';
import { contactRoutes } from './contacts';
import { lookupRouteList } from './lookups';
import { multiMessageRoute } from './multi-message';
import { orderRoutes } from './orders';
import { productRoutes } from './products';

/** Every endpoint the simulator serves. Multi-message dispatches into the others, not itself. */
export function buildRoutes(): Route[] {
  const resources = [...orderRoutes, ...contactRoutes, ...productRoutes, ...lookupRouteList];
  return [...resources, multiMessageRoute(resources)];
}
