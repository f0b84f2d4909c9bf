import type { ContactChanges } from './contacts/contact-changes';
import { contactPatch, setCreditTerms } from './contacts/contact-changes';
import { BrightpearlError, ERROR_CODES, notFound } from './errors';
import type { DispatchEnvironment } from './dispatch';
import type { SalesCreditBody } from './orders/create-credit';
import type { HttpMethod } from './route';
import { API_STAFF_ID } from './warehouse/goods-out-create';
import { isTrackedRow, itemsOf, rowProgress } from './warehouse/goods-out-quantities';

export interface ShipOrderOptions {
  /** Order rows and item counts to ship; default: every tracked row's not-yet-noted items. */
  rows?: Array<{ orderRowId: number; quantity: number }>;
  /** Tracking number, set with the GON PUT before shipping (reference §8.3). */
  reference?: string;
  /** Default: the order's delivery shipping method. */
  shippingMethodId?: number;
}

/**
 * Fulfilment, status, credit and contact changes made "by a user in Brightpearl": each goes
 * through the same endpoints as API calls (so events fire), never through the budget or log.
 */
export interface FlowApi {
  /** Creates a goods-out note, sets its tracking and ships it (SHW); returns the note id. */
  shipOrder(orderId: number, options?: ShipOrderOptions): number;
  /** Like PUT order/{id}/status (§5.7 rules; raises order.modified.order-status). */
  setOrderStatus(orderId: number, statusId: number): void;
  /** Like POST order-service/sales-credit without an integration's externalRef; returns its id. */
  createSalesCredit(
    body: Omit<SalesCreditBody, 'externalRef' | 'installedIntegrationInstanceId'>,
  ): number;
  /**
   * Like PATCH contact/{id} for the documented paths; credit terms as a user sets them on the
   * contact record (no API path for them). Bumps updatedOn when something changed.
   */
  updateContact(contactId: number, changes: ContactChanges): void;
}

export type DirectCall = (method: HttpMethod, path: string, body?: unknown) => unknown;

export function createFlowApi(call: DirectCall, environment: DispatchEnvironment): FlowApi {
  const { state } = environment;
  const shipOrder = (orderId: number, options: ShipOrderOptions = {}): number => {
    const order = state.orders.get(orderId);
    if (!order) throw notFound(`Cannot find order ${orderId}`);
    const progress = rowProgress(state, orderId);
    const rows =
      options.rows ??
      order.rows
        .filter((row) => isTrackedRow(state, row))
        .map((row) => ({
          orderRowId: row.id,
          quantity: itemsOf(row) - (progress.get(row.id)?.noted ?? 0),
        }))
        .filter((row) => row.quantity > 0);
    const products = rows.map(({ orderRowId, quantity }) => {
      const row = order.rows.find((candidate) => candidate.id === orderRowId);
      if (!row) {
        const message = `row ${orderRowId} is not on order ${orderId}`;
        throw BrightpearlError.of(400, ERROR_CODES.goodsOutValidation, message);
      }
      return { productId: row.productId, salesOrderRowId: orderRowId, quantity };
    });
    const methodId = options.shippingMethodId;
    const [gonId] = call('POST', `/warehouse-service/order/${orderId}/goods-note/goods-out`, {
      warehouses: [{ warehouseId: order.warehouseId, products }],
      ...(methodId === undefined ? {} : { shippingMethodId: methodId }),
    }) as number[];
    const notePath = `/warehouse-service/goods-note/goods-out/${gonId ?? 0}`;
    if (options.reference !== undefined) {
      call('PUT', notePath, { shipping: { reference: options.reference } });
    }
    const occured = environment.now().toISOString();
    call('POST', `${notePath}/event`, {
      events: [{ eventCode: 'SHW', occured, eventOwnerId: API_STAFF_ID }],
    });
    return gonId ?? 0;
  };
  return {
    shipOrder,
    setOrderStatus: (orderId, statusId) => {
      call('PUT', `/order-service/order/${orderId}/status`, { orderStatusId: statusId });
    },
    createSalesCredit: (body) => call('POST', '/order-service/sales-credit', body) as number,
    updateContact: (contactId, changes) => {
      const operations = contactPatch(changes);
      if (operations.length > 0) call('PATCH', `/contact-service/contact/${contactId}`, operations);
      setCreditTerms(environment, { contactId, changes });
    },
  };
}
