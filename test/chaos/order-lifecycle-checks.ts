import type { LifecycleLog } from './chaos-flows';
import type { ChaosSims } from './chaos-sims';
import { FlowTally } from './flow-tally';

/**
 * Shipments: each goods-out note the staff shipped is one Kentico shipment record of its order,
 * with the note's tracking reference and lines; a fully shipped order ends "Fulfilled".
 */
export function checkShipments(sims: ChaosSims, log: LifecycleLog): FlowTally {
  const tally = new FlowTally();
  for (const [guid, noteIds] of log.shipments) {
    const recorded = sims.kentico.getShipments(guid);
    for (const noteId of noteIds) {
      tally.expect();
      const copies = recorded.filter((shipment) => shipment.goodsOutNoteId === noteId);
      if (!tally.once(copies.length, `shipment of note ${noteId} (order ${guid})`)) continue;
      const expected = noteAsShipment(sims, noteId);
      const actual = { reference: copies[0]!.trackingReference, lines: sorted(copies[0]!.lines) };
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        tally.wrong(`note ${noteId} of ${guid}: ${JSON.stringify({ actual, expected })}`);
    }
    const strangers = recorded.filter((shipment) => !noteIds.includes(shipment.goodsOutNoteId));
    if (strangers.length > 0) tally.duplicated(`order ${guid}: ${strangers.length} unknown notes`);
    const status = sims.kentico.getOrder(guid)?.OrderStatusName;
    const want = fullyShipped(sims, guid) ? 'Fulfilled' : 'PartiallyShipped';
    if (status !== want) tally.wrong(`order ${guid} is "${status}", not "${want}"`);
  }
  return tally;
}

const sorted = (lines: Array<{ sku: string; quantity: number }>) =>
  lines.map(({ sku, quantity }) => ({ sku, quantity })).sort((a, b) => a.sku.localeCompare(b.sku));

function noteAsShipment(sims: ChaosSims, noteId: number) {
  const note = sims.brightpearl.state.goodsOutNotes.get(noteId)!;
  const order = sims.brightpearl.state.orders.get(note.orderId)!;
  const sku = (rowId: number) => order.rows.find((row) => row.id === rowId)?.sku ?? '';
  return {
    reference: note.shipping.reference || null,
    lines: sorted(note.rows.map((row) => ({ sku: sku(row.orderRowId), quantity: row.quantity }))),
  };
}

function fullyShipped(sims: ChaosSims, guid: string): boolean {
  const { orders, goodsOutNotes } = sims.brightpearl.state;
  const order = [...orders.values()].find(
    (o) => o.orderTypeCode === 'SO' && o.externalRef === guid,
  );
  if (!order) return false;
  const shipped = new Map<number, number>();
  for (const note of goodsOutNotes.values())
    if (note.orderId === order.id && note.status.shipped)
      for (const row of note.rows)
        shipped.set(row.orderRowId, (shipped.get(row.orderRowId) ?? 0) + row.quantity);
  return order.rows
    .filter((row) => row.externalRef)
    .every((row) => (shipped.get(row.id) ?? 0) >= row.quantity / 10_000);
}

/** Kentico `order.status-changed` events per order: one per real change, whoever made it. */
function kenticoStatusChanges(sims: ChaosSims): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of sims.kentico.emittedEvents())
    if (event.type === 'order.status-changed')
      counts.set(
        event.objectGuid.toLowerCase(),
        (counts.get(event.objectGuid.toLowerCase()) ?? 0) + 1,
      );
  return counts;
}

/**
 * Statuses both ways. Kentico → Brightpearl: the merchant's "PaymentReceived" reaches the order
 * as status 2, with one change on each side. Brightpearl → Kentico: status 4 shows in Kentico as
 * "Processing", again one change on each side. A second change anywhere is an echo or a repeat.
 */
export function checkStatuses(sims: ChaosSims, log: LifecycleLog) {
  const changes = kenticoStatusChanges(sims);
  const toBrightpearl = new FlowTally();
  for (const [guid, { brightpearlOrderId, transitions }] of log.statusesToBrightpearl) {
    toBrightpearl.expect();
    const statusId = sims.brightpearl.state.orders.get(brightpearlOrderId)?.statusId;
    if (statusId !== 2) toBrightpearl.lost(`order ${guid}: Brightpearl status ${statusId}, not 2`);
    else if (transitions.length > 1)
      toBrightpearl.duplicated(`order ${guid}: Brightpearl status went ${transitions.join('→')}`);
    if ((changes.get(guid.toLowerCase()) ?? 0) > 1)
      toBrightpearl.duplicated(`order ${guid}: echoed back to Kentico`);
  }
  const toKentico = new FlowTally();
  for (const [guid, { transitions }] of log.statusesToKentico) {
    toKentico.expect();
    const status = sims.kentico.getOrder(guid)?.OrderStatusName;
    if (status !== 'Processing')
      toKentico.lost(`order ${guid}: Kentico "${status}", not Processing`);
    else if ((changes.get(guid.toLowerCase()) ?? 0) > 1)
      toKentico.duplicated(`order ${guid}: Kentico status changed more than once`);
    if (transitions.length > 1)
      toKentico.duplicated(`order ${guid}: echoed back to Brightpearl (${transitions.join('→')})`);
  }
  return { statusesToBrightpearl: toBrightpearl, statusesToKentico: toKentico };
}
