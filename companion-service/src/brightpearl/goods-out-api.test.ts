import { BrightpearlValidationError } from './errors';
import { useLifecycleStub } from './test-support/lifecycle-stub';
import { RECORDED_GON_ID } from './test-support/recorded-lifecycle';

const bp = useLifecycleStub();
const GET = '/warehouse-service/order/*/goods-note/goods-out/';

test('decodes the recorded goods-out note (map keyed by GON id, rows by order-row id)', async () => {
  const notes = await bp.client.getGoodsOutNotes([RECORDED_GON_ID]);
  expect(notes).toEqual([
    {
      goodsOutNoteId: RECORDED_GON_ID,
      orderId: 988116,
      shipped: true,
      shippedOn: '2025-11-04T10:41:38.000-06:00',
      // Recorded as "": no tracking number.
      reference: null,
      shippingMethodId: 49,
      rows: [{ orderRowId: 2975385, productId: 489065, quantity: 1 }],
    },
  ]);
  expect(bp.stub.requests.map((r) => r.url)).toEqual([`${GET}${RECORDED_GON_ID}`]);
});

test('sums allocations of one row; an unshipped note has no date, reference or method', async () => {
  const [note] = await bp.client.getGoodsOutNotes([21]);
  expect(note).toEqual({
    goodsOutNoteId: 21,
    orderId: 1,
    shipped: false,
    shippedOn: null,
    reference: null,
    shippingMethodId: null,
    rows: [
      { orderRowId: 3, productId: 1008, quantity: 1 },
      { orderRowId: 7, productId: 1007, quantity: 3 },
    ],
  });
});

test('asks for at most 500 notes per request; 404 means none', async () => {
  const ids = Array.from({ length: 600 }, (_, i) => i + 1);
  const notes = await bp.client.getGoodsOutNotes([RECORDED_GON_ID, ...ids, 21]);
  expect(notes.map((n) => n.goodsOutNoteId)).toEqual([21, RECORDED_GON_ID]);
  expect(bp.stub.requests.map((r) => r.url)).toEqual([
    `${GET}1-500`,
    `${GET}501-600,${RECORDED_GON_ID}`,
  ]);
  await expect(bp.client.getGoodsOutNotes([99])).resolves.toEqual([]);
  await expect(bp.client.getGoodsOutNotes([])).resolves.toEqual([]);
});

test('searches shipped notes since a time, through every page', async () => {
  bp.state.maxPageSize = 3;
  const ids = await bp.client.searchShippedGoodsOutNotes('2026-03-01T00:00:00Z');
  expect(ids).toEqual([32, 33, 34, 35, 36, 37]);
  expect(bp.stub.requests.map((r) => r.query)).toEqual(
    ['1', '4'].map((firstResult) => ({
      shipped: 'true',
      shippedOn: '2026-03-01T00:00:00Z/',
      pageSize: '500',
      firstResult,
    })),
  );
});

test('refuses a since without an offset (Brightpearl would read it in account time)', async () => {
  await expect(bp.client.searchShippedGoodsOutNotes('2026-03-01T00:00:00')).rejects.toBeInstanceOf(
    BrightpearlValidationError,
  );
  expect(bp.stub.requests).toHaveLength(0);
});
