import { z } from 'zod';

import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { formatTimestamp, takeId } from '../state';
import { shippingCodeOf } from './goods-out-quantities';
import type { ShippingCode } from './goods-out-quantities';
import { shipNoteStock } from './goods-out-stock';
import type { GonFlag, StoredGoodsOutNote } from './goods-out-types';
import { findNote, refuseIfShipped } from './goods-out-update';

/** Event codes and the flag each sets (or, for the UNx codes, clears): reference §8.4. */
const EVENT_FLAGS = {
  PRI: { flag: 'printed', set: true },
  UPR: { flag: 'printed', set: false },
  PIC: { flag: 'picked', set: true },
  UPI: { flag: 'picked', set: false },
  PAC: { flag: 'packed', set: true },
  UPA: { flag: 'packed', set: false },
  SHW: { flag: 'shipped', set: true },
} as const satisfies Record<string, { flag: GonFlag; set: boolean }>;
type EventCode = keyof typeof EVENT_FLAGS;

/** "All three fields are required" (reference §8.4). */
const EventBody = z.object({
  events: z
    .array(
      z.object({
        eventCode: z.enum(Object.keys(EVENT_FLAGS) as [EventCode, ...EventCode[]]),
        occured: z.string().refine((value) => !Number.isNaN(Date.parse(value)), {
          message: 'must be an ISO-8601 date',
        }),
        eventOwnerId: z.number().int().positive(),
      }),
    )
    .min(1),
});
type EventInput = z.infer<typeof EventBody>['events'][number];

/** Shipping a note that was never printed/picked/packed creates those events first (§8.4). */
const BEFORE_SHIPPING: EventCode[] = ['PRI', 'PIC', 'PAC'];

/**
 * POST /warehouse-service/goods-note/goods-out/{gonId}/event (reference §8.4) → `{}` (response
 * body UNCONFIRMED). An `If-Match` header must name the note's lastEventVersion, else 412
 * (status and code UNCONFIRMED). SHW must come last: nothing may follow a shipment (§8.3).
 */
export function addGoodsOutEvents(context: RouteContext): void {
  const note = findNote(context);
  const { events } = parseBody(EventBody, context.body, ERROR_CODES.goodsOutValidation);
  checkVersion(context, note);
  refuseIfShipped(note, 'adding events');
  const shipAt = events.findIndex((event) => event.eventCode === 'SHW');
  if (shipAt !== -1 && shipAt !== events.length - 1) {
    const message = 'events: SHW must be the last event; a shipped note takes no further events';
    throw BrightpearlError.of(400, ERROR_CODES.goodsOutValidation, message);
  }
  const order = context.state.orders.get(note.orderId);
  const before = order ? shippingCodeOf(context.state, order) : undefined;
  for (const event of events) {
    if (event.eventCode === 'SHW') {
      for (const code of BEFORE_SHIPPING) {
        if (note.status[EVENT_FLAGS[code].flag] === undefined)
          record(context, { note, event, code });
      }
    }
    record(context, { note, event, code: event.eventCode });
  }
  if (shipAt !== -1) afterShipping(context, { note, before });
}

function checkVersion(context: RouteContext, note: StoredGoodsOutNote): void {
  const raw = context.headers?.['if-match'];
  if (raw === undefined) return;
  const version = raw.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (version === String(note.lastEventVersion)) return;
  const message = `If-Match ${raw} does not match lastEventVersion ${note.lastEventVersion} of goods-out note ${note.id}`;
  throw BrightpearlError.of(412, ERROR_CODES.goodsOutVersionMismatch, message);
}

interface Recorded {
  note: StoredGoodsOutNote;
  event: EventInput;
  code: EventCode;
}

/** Appends one event, moves the flag and raises `goods-out-note.modified.<printed|un-printed…>`. */
function record(context: RouteContext, { note, event, code }: Recorded): void {
  const occured = formatTimestamp(new Date(event.occured));
  const version = takeId(context.state, 'goodsNoteEvent');
  note.events.push({ occured, eventOwnerId: event.eventOwnerId, eventCode: code, version });
  note.lastEventVersion = version;
  const { flag, set } = EVENT_FLAGS[code];
  if (set) note.status[flag] = { on: occured, byId: event.eventOwnerId };
  else delete note.status[flag];
  context.emit({
    resourceType: 'goods-out-note',
    lifecycleEvent: 'modified',
    specifier: set ? flag : `un-${flag}`,
    ids: [note.id],
  });
}

/**
 * The stock leaves, and the order's shipping status follows (reference §13): SPS while part is
 * shipped, ASS once every tracked row is — which alone raises `order.modified.fully-shipped`.
 */
function afterShipping(
  context: RouteContext,
  { note, before }: { note: StoredGoodsOutNote; before: ShippingCode | undefined },
): void {
  shipNoteStock(context, note);
  const order = context.state.orders.get(note.orderId);
  if (!order) return;
  const after = shippingCodeOf(context.state, order);
  if (after === before) return;
  order.updatedOn = formatTimestamp(context.now());
  if (after === 'ASS') {
    context.emit({
      resourceType: 'order',
      lifecycleEvent: 'modified',
      specifier: 'fully-shipped',
      ids: [order.id],
    });
  }
}
