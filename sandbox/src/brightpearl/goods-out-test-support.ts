import { seedShop } from './test-support';
import type { TestApi } from './test-support';

/** Test-only: a shop with 10 widgets in warehouse 2 and a factory of placed orders. */
export function fulfilmentShop(api: TestApi) {
  const shop = seedShop(api);
  api.sim.setStock(shop.widgetId, 2, 10);
  let placed = 0;
  /** Places the standard order (2 widgets, gift wrap, shipping); returns its id and rows. */
  const placeOrder = async (overrides: Record<string, unknown> = {}) => {
    placed += 1;
    const body = shop.orderBody({ externalRef: `fulfil-${placed}`, ...overrides });
    const res = await api.post('/order-service/sales-order', body);
    if (res.status !== 200) throw new Error(`order failed: ${JSON.stringify(res.body)}`);
    const orderId = res.body.response as number;
    const order = api.sim.state.orders.get(orderId);
    if (!order) throw new Error('order not stored');
    const [widgetRow, wrapRow, shippingRow] = order.rows;
    if (!widgetRow || !wrapRow || !shippingRow) throw new Error('rows missing');
    return { orderId, widgetRow, wrapRow, shippingRow };
  };
  /** The §8.1 body for one line in warehouse 2. */
  const noteBody = (line: { productId: number; salesOrderRowId: number; quantity: number }) => ({
    warehouses: [{ warehouseId: 2, products: [line] }],
    priority: false,
    shippingMethodId: 2,
  });
  const allocated = () => api.sim.availability(shop.widgetId)?.warehouses['2'];
  return { ...shop, placeOrder, noteBody, allocated };
}
