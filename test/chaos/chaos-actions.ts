import type { StoredOrder } from '@bpkc/sandbox';

import { type LifecycleLog, watchStatus } from './chaos-flows';
import type { ChaosSims } from './chaos-sims';

/**
 * What merchants and warehouse staff do during the run, each through the simulators' own
 * "user" methods (no faults, no budget: people are not the companion). Each action is logged
 * only once the simulator took it; a refusal is counted in `log.refused` and owed by nobody.
 */
export interface Actor {
  /** A goods-out note for part of the order; true when something is left to ship later. */
  shipFirst(order: StoredOrder, guid: string): boolean;
  shipRest(order: StoredOrder, guid: string): void;
  statusToKentico(order: StoredOrder, guid: string): void;
  brightpearlCredit(order: StoredOrder, guid: string): void;
  statusToBrightpearl(order: StoredOrder, guid: string): void;
  refund(guid: string): void;
  editCustomer(input: { customerGuid: string; email: string; contactId: number }): void;
}

/** Brightpearl's order rows of the shop's items (the shipping row carries no externalRef). */
const itemRows = (order: StoredOrder) => order.rows.filter((row) => row.externalRef);

export function createActor(sims: ChaosSims, log: LifecycleLog): Actor {
  const attempt = (flow: string, action: () => void): boolean => {
    try {
      action();
      return true;
    } catch {
      log.refused[flow] = (log.refused[flow] ?? 0) + 1;
      return false;
    }
  };
  const noteShipped = (guid: string, noteId: number) =>
    log.shipments.set(guid, [...(log.shipments.get(guid) ?? []), noteId]);

  return {
    shipFirst(order, guid) {
      const rows = itemRows(order);
      const [first] = rows;
      const items = (first?.quantity ?? 0) / 10_000;
      // Partial: the first line alone, or one item of a single line of several.
      const partial = rows.length > 1 ? items : items > 1 ? 1 : undefined;
      let left = false;
      attempt('shipments', () => {
        const noteId = sims.brightpearl.shipOrder(order.id, {
          ...(partial && first ? { rows: [{ orderRowId: first.id, quantity: partial }] } : {}),
          reference: `CH-${order.id}-1`,
        });
        noteShipped(guid, noteId);
        left = partial !== undefined;
      });
      return left;
    },
    shipRest(order, guid) {
      attempt('shipments', () =>
        noteShipped(guid, sims.brightpearl.shipOrder(order.id, { reference: `CH-${order.id}-2` })),
      );
    },
    statusToKentico(order, guid) {
      const transitions = watchStatus(order);
      if (attempt('statusesToKentico', () => sims.brightpearl.setOrderStatus(order.id, 4)))
        log.statusesToKentico.set(guid, { brightpearlOrderId: order.id, transitions });
    },
    brightpearlCredit(order, guid) {
      const row = itemRows(order)[0];
      if (!row) return;
      attempt('brightpearlCredits', () => {
        const creditId = sims.brightpearl.createSalesCredit({
          customer: { id: order.customer.id },
          parentId: order.id,
          rows: [
            {
              productId: row.productId,
              quantity: '1',
              taxCode: row.taxCode,
              net: '5.00',
              tax: '1.00',
            },
          ],
        });
        log.brightpearlCredits.set(creditId, guid);
      });
    },
    statusToBrightpearl(order, guid) {
      const transitions = watchStatus(order);
      if (
        attempt('statusesToBrightpearl', () => sims.kentico.setOrderStatus(guid, 'PaymentReceived'))
      )
        log.statusesToBrightpearl.set(guid, { brightpearlOrderId: order.id, transitions });
    },
    refund(guid) {
      const sku = sims.kentico.getOrder(guid)?.Items[0]?.OrderItemSKU;
      if (!sku) return;
      attempt('refunds', () => {
        const refund = sims.kentico.createRefund(guid, {
          lines: [{ sku, quantity: 1 }],
          reason: 'Chaos refund',
        });
        log.refunds.set(refund.RefundGUID, guid);
      });
    },
    editCustomer({ customerGuid, email, contactId }) {
      const serial = log.customers.size + 1;
      attempt('customers', () => {
        sims.kentico.updateCustomer(customerGuid, {
          CustomerFirstName: `Chaos${serial}`,
          CustomerPhone: `+44 7700 900${String(serial).padStart(3, '0')}`,
        });
        sims.brightpearl.updateContact(contactId, {
          creditLimit: 500 + serial * 10,
          creditTermDays: 30,
        });
        log.customers.set(customerGuid, email);
      });
    },
  };
}
