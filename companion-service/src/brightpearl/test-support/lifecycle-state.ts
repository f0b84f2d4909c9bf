import { RECORDED_CONTACT, RECORDED_GON, RECORDED_GON_ID } from './recorded-lifecycle';
import { RECORDED_ORDER } from './recorded-order';

type Row = Record<string, unknown>;

/** What the lifecycle stub knows; a fresh copy for every test. */
export interface LifecycleState {
  /** Goods-out notes by id, as Brightpearl answers them. */
  notes: Map<number, unknown>;
  /** goods-out-search rows. */
  shippedNotes: Row[];
  orders: Map<number, unknown>;
  /** order-search rows. */
  orderRows: Row[];
  statusChanges: Array<{ orderId: number; body: unknown }>;
  payments: Array<{ paymentId: number; body: Row }>;
  nextPaymentId: number;
  journals: unknown[];
  contacts: Map<number, Row>;
  /** The largest page a search answers with (tests lower it to make pages). */
  maxPageSize: number;
  /** The largest page a contact GET answers with. */
  contactPageSize: number;
}

/** A note packed from two locations for one row, and one not shipped yet. */
const SPLIT_NOTE = {
  orderId: 1,
  status: { shipped: false, packed: true },
  orderRows: {
    '7': [
      { productId: 1007, quantity: 1, locationId: 2 },
      { productId: 1007, quantity: '2', locationId: 5 },
    ],
    '3': [{ productId: 1008, quantity: 1, locationId: 2 }],
  },
};

const minutesAfter = (base: string, minutes: number): string =>
  new Date(Date.parse(base) + minutes * 60_000).toISOString();

/** Ids 1–250 exist too; the later the id, the earlier its update (so sorting shows). */
function contacts(): Map<number, Row> {
  const all = new Map<number, Row>([
    [RECORDED_CONTACT.contactId, structuredClone(RECORDED_CONTACT)],
  ]);
  for (let id = 1; id <= 250; id++) {
    const updatedOn = minutesAfter('2026-01-01T00:00:00Z', 300 - id);
    all.set(id, { contactId: id, firstName: `F${id}`, lastName: 'Doe', updatedOn });
  }
  return all;
}

const shipped = (goodsOutNoteId: number, minutes: number): Row => ({
  goodsOutNoteId,
  shipped: true,
  shippedOn: minutesAfter('2026-03-01T00:00:00Z', minutes),
  orderId: 1,
});

const credit = (orderId: number, more: Row): Row => ({
  orderId,
  orderTypeId: 3,
  updatedOn: '2026-04-02T00:00:00Z',
  parentOrderId: 1,
  ...more,
});

export function freshLifecycleState(): LifecycleState {
  return {
    notes: new Map<number, unknown>([
      [RECORDED_GON_ID, RECORDED_GON],
      [21, SPLIT_NOTE],
    ]),
    shippedNotes: [shipped(31, -10), ...[32, 33, 34, 35, 36, 37].map((id) => shipped(id, id))],
    orders: new Map<number, unknown>([
      [1, RECORDED_ORDER],
      [
        2,
        {
          ...RECORDED_ORDER,
          id: 2,
          orderTypeCode: 'SC',
          parentOrderId: 1,
          externalRef: 'KC-RFD-1',
          orderPaymentStatus: undefined,
          orderRows: {},
        },
      ],
    ]),
    orderRows: [
      credit(41, { externalRef: 'KC-RFD-1' }),
      credit(42, { externalRef: '', parentOrderId: null }),
      credit(43, { updatedOn: '2026-01-01T00:00:00Z' }),
      { orderId: 44, orderTypeId: 1, updatedOn: '2026-04-02T00:00:00Z', parentOrderId: 0 },
      ...[45, 46, 47].map((id) => credit(id, { externalRef: `KC-RFD-${id}` })),
    ],
    statusChanges: [],
    payments: [],
    nextPaymentId: 935253,
    journals: [],
    contacts: contacts(),
    maxPageSize: 100,
    contactPageSize: 150,
  };
}
