import type { OrderTimelineEntry } from '@bpkc/shared-types';

import { auditAbout } from '../audit/audit-log';
import { lettersOfRecord } from '../dead-letters/dead-letter-reports';
import type { Db } from '../store';
import { shipmentsOf } from '../sync/fulfilment/shipment-reports';
import { inboxEventsAbout } from '../sync/intake/inbox-repository';
import { orderMilestones } from '../sync/orders/order-sync-reports';
import { recordedPaymentOf } from '../sync/payments/payment-reports';
import { refundsOf } from '../sync/refunds/refund-reports';
import { iso, isoOrNull } from './sql-values';

type Entry = OrderTimelineEntry;
type Source = (db: Db, orderGuid: string) => Promise<Entry[]>;

/**
 * Everything known about one order, oldest first: Kentico events, the sync's milestones
 * (received, create sent, each sync, id written back, payment, shipments, refunds), failures
 * and operator actions. Each part is read from the flow that owns it (ADR 0012).
 */
export async function readOrderTimeline(db: Db, orderGuid: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  // One after another: `db` may be a single session (a transaction, embedded PGlite).
  for (const source of SOURCES) entries.push(...(await source(db, orderGuid)));
  return entries.sort(byTimeThenKind);
}

/** One timeline entry; `details` is left out when there are none. */
function entry(
  at: Date | string,
  kind: Entry['kind'],
  text: { title: string; details?: unknown },
): Entry {
  const { title, details } = text;
  return { at: iso(at), kind, title, ...(details == null ? {} : { details }) };
}

const SOURCES: Source[] = [
  async (db, guid) =>
    (await inboxEventsAbout(db, guid)).map((event) =>
      entry(event.receivedAt, 'event', {
        title: `${event.source} ${event.type}`,
        details: { eventId: event.eventId },
      }),
    ),
  async (db, guid) => (await orderMilestones(db, guid)).map((m) => entry(m.at, 'milestone', m)),
  async (db, guid) => {
    const payment = await recordedPaymentOf(db, guid);
    if (!payment) return [];
    const details = { paymentId: payment.paymentId };
    return [
      entry(payment.recordedAt, 'milestone', { title: 'payment recorded in Brightpearl', details }),
    ];
  },
  async (db, guid) =>
    (await shipmentsOf(db, guid)).map((shipment) =>
      entry(shipment.recordedAt, 'milestone', {
        title: 'shipment recorded',
        details: { goodsOutNoteId: shipment.goodsOutNoteId },
      }),
    ),
  async (db, guid) =>
    (await refundsOf(db, guid)).map((refund) =>
      entry(refund.updatedAt, 'milestone', {
        title: `refund ${refund.state}`,
        details: { refundGuid: refund.refundGuid, creditId: refund.creditId },
      }),
    ),
  async (db, guid) =>
    (await lettersOfRecord(db, guid)).map((letter) =>
      entry(letter.created_at, 'failure', {
        title: `${letter.flow}: ${letter.reason}`,
        details: {
          failureId: Number(letter.id),
          message: letter.message,
          resolvedAt: isoOrNull(letter.resolved_at),
        },
      }),
    ),
  async (db, guid) =>
    (await auditAbout(db, { target: `order:${guid}`, recordKey: guid })).map((audit) =>
      entry(audit.at, 'audit', {
        title: `${audit.action} by ${audit.actorName ?? audit.actor}`,
        details: audit.details,
      }),
    ),
];

/** Oldest first; at the same instant, by kind (as the admin always listed them). */
function byTimeThenKind(a: Entry, b: Entry): number {
  return a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind);
}
