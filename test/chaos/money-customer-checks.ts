import type { StoredContact } from '@bpkc/sandbox';

import type { LifecycleLog } from './chaos-flows';
import type { PlacedOrders } from './chaos-load';
import type { ChaosSims } from './chaos-sims';
import { FlowTally } from './flow-tally';

const cents = (amount: string | number) => Math.round(Number(amount) * 100);

/**
 * Payments: every good order paid in Kentico (placed paid, or marked paid later) has one RECEIPT
 * in Brightpearl with transactionRef KC-PAY-<guid>, on its order, for its grand total.
 */
export function checkPayments(sims: ChaosSims, placed: PlacedOrders, log: LifecycleLog) {
  const tally = new FlowTally();
  const receipts = [...sims.brightpearl.state.payments.values()].filter(
    (payment) => payment.paymentType === 'RECEIPT',
  );
  for (const guid of new Set([...placed.paid, ...log.statusesToBrightpearl.keys()])) {
    tally.expect();
    const mine = receipts.filter((payment) => payment.transactionRef === `KC-PAY-${guid}`);
    if (!tally.once(mine.length, `payment of order ${guid}`)) continue;
    const order = sims.kentico.getOrder(guid)!;
    const total = cents(order.OrderGrandTotal);
    if (mine[0]!.orderId !== order.BpcBrightpearlOrderID || cents(mine[0]!.amountPaid) !== total)
      tally.wrong(`payment of ${guid}: ${mine[0]!.amountPaid} on ${mine[0]!.orderId}`);
  }
  return tally;
}

/**
 * Kentico refunds: one sales credit (externalRef KC-REF-<refund>) and one refund payment
 * (KC-RFD-<refund>) each, the credit's id written back on the Kentico refund.
 */
export function checkRefunds(sims: ChaosSims, log: LifecycleLog) {
  const tally = new FlowTally();
  const orders = [...sims.brightpearl.state.orders.values()];
  const payments = [...sims.brightpearl.state.payments.values()];
  for (const [refundGuid, orderGuid] of log.refunds) {
    tally.expect();
    const credits = orders.filter((order) => order.externalRef === `KC-REF-${refundGuid}`);
    const paid = payments.filter((payment) => payment.transactionRef === `KC-RFD-${refundGuid}`);
    const creditOnce = tally.once(credits.length, `sales credit of refund ${refundGuid}`);
    const paidOnce = tally.once(paid.length, `refund payment of refund ${refundGuid}`);
    if (!creditOnce || !paidOnce) continue;
    const kentico = sims.kentico.listRefunds(orderGuid).find((r) => r.RefundGUID === refundGuid);
    if (kentico?.BpcSalesCreditID !== credits[0]!.id)
      tally.wrong(`refund ${refundGuid}: Kentico shows credit ${kentico?.BpcSalesCreditID}`);
  }
  return tally;
}

/** Brightpearl credits: one Kentico refund per credit on its order, which ends "Refunded". */
export function checkBrightpearlCredits(sims: ChaosSims, log: LifecycleLog) {
  const tally = new FlowTally();
  for (const [creditId, orderGuid] of log.brightpearlCredits) {
    tally.expect();
    const refunds = sims.kentico.listRefunds(orderGuid);
    const mine = refunds.filter((refund) => refund.BpcSalesCreditID === creditId);
    if (!tally.once(mine.length, `Kentico refund of credit ${creditId} (order ${orderGuid})`))
      continue;
    const status = sims.kentico.getOrder(orderGuid)?.OrderStatusName;
    if (status !== 'Refunded') tally.wrong(`order ${orderGuid} is "${status}", not Refunded`);
  }
  return tally;
}

/**
 * Customer updates: the contact with the customer's e-mail ends with the fields Kentico masters
 * (names, e-mail, phone) as Kentico has them, and Kentico ends with the credit terms Brightpearl
 * masters. A second contact with the e-mail is a duplicate.
 */
export function checkCustomers(sims: ChaosSims, log: LifecycleLog) {
  const tally = new FlowTally();
  const byEmail = contactsByEmail(sims);
  for (const [customerGuid, email] of log.customers) {
    tally.expect();
    const contacts = byEmail.get(email) ?? [];
    if (contacts.length > 1) tally.duplicated(`${contacts.length} contacts for ${customerGuid}`);
    const customer = sims.kentico.getCustomer(customerGuid);
    const want = customer && {
      firstName: customer.CustomerFirstName.slice(0, 32),
      lastName: customer.CustomerLastName.slice(0, 32),
      phone: customer.CustomerPhone || null,
      creditLimit: customer.BpcCreditLimit ?? 0,
      creditTermDays: customer.BpcCreditTermDays ?? 0,
    };
    const match = contacts.find((contact) => same(fieldsOf(contact), want));
    if (!match)
      tally.lost(
        `customer ${customerGuid}: ${JSON.stringify({ want, have: contacts.map(fieldsOf) })}`,
      );
  }
  return tally;
}

const fieldsOf = (contact: StoredContact) => ({
  firstName: contact.firstName,
  lastName: contact.lastName,
  phone: contact.telephones['PRI'] || null,
  creditLimit: contact.creditLimit,
  creditTermDays: contact.creditTermDays,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function contactsByEmail(sims: ChaosSims): Map<string, StoredContact[]> {
  const byEmail = new Map<string, StoredContact[]>();
  for (const contact of sims.brightpearl.state.contacts.values()) {
    const email = contact.emails.PRI?.email.toLowerCase();
    if (email) byEmail.set(email, [...(byEmail.get(email) ?? []), contact]);
  }
  return byEmail;
}
