import {
  CATCH_UP_PATHS,
  ModifiedCustomersPage,
  ModifiedRefundsPage,
  ModifiedSinceQuery,
} from '@bpkc/shared-types';

import { cursorPage } from './cursor-page';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { placeSample, signedCall, TEST_SECRET } from './test-support';

const EPOCH = '2000-01-01T00:00:00.000Z';
const query = (path: string, modifiedSince: string, limit: number) =>
  `${path}?${new URLSearchParams({ modifiedSince, limit: String(limit) })}`;

describe('catch-up cursors (GET /refunds, GET /customers)', () => {
  let sim: KenticoSimulator;
  const get = (path: string) => signedCall(sim, { method: 'get', path });

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
  });
  afterEach(() => sim.close());

  /** Follows nextModifiedSince from the epoch; rows shown twice (the overlap) are kept once. */
  async function walk(path: string, key: 'refunds' | 'customers', limit: number) {
    const seen = new Map<string, string>();
    let since: string | null = EPOCH;
    while (since !== null) {
      const res: { body: unknown } = await get(query(path, since, limit)).expect(200);
      const page =
        key === 'refunds'
          ? ModifiedRefundsPage.parse(res.body).refunds.map((r) => [r.RefundGUID, r.Origin])
          : ModifiedCustomersPage.parse(res.body).customers.map((c) => [c.CustomerGUID, '']);
      for (const [guid, value] of page) seen.set(guid!, value!);
      since = (res.body as { nextModifiedSince: string | null }).nextModifiedSince;
    }
    return seen;
  }

  it('lists refunds made in Kentico, which leave the order untouched, page by page', async () => {
    const order = placeSample(sim);
    const modifiedBefore = sim.getOrder(order.OrderGUID)!.OrderModifiedWhen;
    const refunds = [1, 2, 3].map(() =>
      sim.createRefund(order.OrderGUID, { lines: [{ sku: 'BPK-0001', quantity: 1 }] }),
    );
    // Why the order cursor cannot find them: a refund is a row in the extension's own table.
    expect(sim.getOrder(order.OrderGUID)!.OrderModifiedWhen).toBe(modifiedBefore);
    const seen = await walk(CATCH_UP_PATHS.modifiedRefunds, 'refunds', 1);
    expect([...seen.keys()]).toEqual(refunds.map((r) => r.RefundGUID));
    expect([...seen.values()]).toEqual(['kentico', 'kentico', 'kentico']);
    // The cursor is inclusive: a refund exactly at modifiedSince is listed.
    const last = refunds[2]!;
    const res = await get(query(CATCH_UP_PATHS.modifiedRefunds, last.RefundCreatedWhen, 10));
    expect(ModifiedRefundsPage.parse(res.body)).toEqual({
      refunds: [
        {
          RefundGUID: last.RefundGUID,
          OrderGUID: order.OrderGUID,
          RefundCreatedWhen: last.RefundCreatedWhen,
          Origin: 'kentico',
        },
      ],
      nextModifiedSince: null,
    });
  });

  it('lists a customer once changed in Kentico, from its new modified time', async () => {
    const order = placeSample(sim);
    const guid = order.Customer.CustomerGUID;
    const other = sim.createCustomer(
      { email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper', phone: null },
      { emit: false },
    );
    const after = sim.getCustomer(other.CustomerGUID)!.CustomerModifiedWhen;
    expect(await walk(CATCH_UP_PATHS.modifiedCustomers, 'customers', 1)).toEqual(
      new Map([
        [guid, ''],
        [other.CustomerGUID, ''],
      ]),
    );
    // Not modified since `after`: only `other` (at the inclusive cursor) is listed.
    const before = await get(query(CATCH_UP_PATHS.modifiedCustomers, after, 10)).expect(200);
    expect(ModifiedCustomersPage.parse(before.body).customers.map((c) => c.CustomerGUID)).toEqual([
      other.CustomerGUID,
    ]);
    sim.updateCustomer(guid, { CustomerFirstName: 'Renamed' }, { emit: false });
    const changed = await get(query(CATCH_UP_PATHS.modifiedCustomers, after, 10)).expect(200);
    expect(ModifiedCustomersPage.parse(changed.body).customers).toEqual([
      { CustomerGUID: other.CustomerGUID, CustomerModifiedWhen: after },
      { CustomerGUID: guid, CustomerModifiedWhen: sim.getCustomer(guid)!.CustomerModifiedWhen },
    ]);
  });

  it.each([CATCH_UP_PATHS.modifiedRefunds, CATCH_UP_PATHS.modifiedCustomers])(
    '%s answers 400 naming the field for a bad cursor or limit',
    async (path) => {
      const noOffset = await get(`${path}?modifiedSince=2024-01-01T00:00:00`).expect(400);
      expect(noOffset.body).toMatchObject({ field: 'modifiedSince' });
      const tooMany = await get(query(path, EPOCH, 501)).expect(400);
      expect(tooMany.body).toMatchObject({ field: 'limit' });
    },
  );
});

describe('cursorPage', () => {
  const at = (ms: number) => new Date(ms).toISOString();
  const rows = [
    { id: 1, instant: at(1000) },
    { id: 2, instant: at(1000) },
    { id: 3, instant: at(1000) },
    { id: 4, instant: at(2000) },
  ];
  const page = (since: string, limit: number) =>
    cursorPage(rows, (row) => row, ModifiedSinceQuery.parse({ modifiedSince: since, limit }));

  it('runs a page sitting wholly on the cursor instant to its end, so the cursor moves on', () => {
    const first = page(at(1000), 2);
    expect(first.page.map((row) => row.id)).toEqual([1, 2, 3]);
    expect(first.nextModifiedSince).toBe(at(2000));
  });

  it('restarts the next page at the last instant shown (overlap) and ends with null', () => {
    const first = page(at(0), 1);
    expect(first).toEqual({ page: [rows[0]], nextModifiedSince: at(1000) });
    expect(page(at(2000), 5)).toEqual({ page: [rows[3]], nextModifiedSince: null });
  });
});
