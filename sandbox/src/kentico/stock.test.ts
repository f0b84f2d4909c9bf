import { sampleOrderInput } from './fixtures';
import { defaultCatalog } from './generator';
import type { PlaceOrderItemInput } from './place-order-input';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';

const item = (sku: string, quantity: number): PlaceOrderItemInput => ({
  sku,
  name: sku,
  quantity,
  unitPrice: 1,
});

describe('Kentico stock rows', () => {
  let sim: KenticoSimulator;
  const order = (...items: PlaceOrderItemInput[]) =>
    sim.placeOrder(sampleOrderInput({ items }), { emit: false });
  const figures = (sku: string) => sim.stockHistory(sku).map((change) => change.available);

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: 's', now: () => new Date('2026-03-01T10:00:00Z') });
  });
  afterEach(() => sim.close());

  it('seeds Brightpearl-authored products from the generator catalog', () => {
    const [first] = sim.seedProducts(defaultCatalog(2).map((p) => ({ ...p, available: 10 })));
    const catalogItem = defaultCatalog(1)[0];
    expect(first).toMatchObject({
      sku: 'BPK-0001',
      name: catalogItem?.name,
      price: catalogItem?.unitPrice,
      taxRate: catalogItem?.taxRate,
      currencyCode: 'GBP',
      status: 'LIVE',
      authoredIn: 'brightpearl',
      brightpearlProductId: 1001,
      stockTracked: true,
    });
    expect(sim.listProducts().map((p) => p.brightpearlProductId)).toEqual([1001, 1002]);
    expect(sim.getStock('BPK-0002')).toMatchObject({ available: 10, writes: 0 });
    expect(() => sim.seedProducts(defaultCatalog(1))).toThrow(/already exists/);
  });

  it('takes sold units off at checkout, summed per order, never below 0', () => {
    sim.seedProducts(defaultCatalog(3));
    sim.setStock('BPK-0001', 10);
    sim.setStock('BPK-0002', 2);
    order(item('BPK-0001', 3), item('BPK-0002', 1), item('BPK-0001', 4), item('BPK-0003', 5));
    expect(sim.getStock('BPK-0001')?.available).toBe(3);
    // One change per order: the intermediate 7 was never what the storefront showed.
    expect(figures('BPK-0001')).toEqual([10, 3]);
    order(item('BPK-0002', 5), item('NOT-IN-KENTICO', 1));
    expect(figures('BPK-0002')).toEqual([2, 1, 0]);
    // No stock row, no stock management: nothing is created for it.
    expect(sim.getStock('BPK-0003')).toBeUndefined();
    expect(sim.getStock('NOT-IN-KENTICO')).toBeUndefined();
    order(item('BPK-0002', 1));
    expect(figures('BPK-0002')).toEqual([2, 1, 0]); // already 0: no new entry
  });

  it('records changes with strictly increasing times and copies, not live rows', () => {
    sim.seedProducts([{ sku: 'S', name: 'S' }]);
    sim.setStock('S', 5);
    sim.setStock('S', 5); // same figure: not a change
    order(item('S', 1));
    const history = sim.stockHistory('S');
    expect(history.map((c) => c.available)).toEqual([5, 4]);
    expect(history[1]?.at && history[0]?.at && history[1].at > history[0].at).toBe(true);
    const record = sim.getStock('S');
    if (record) record.available = 99;
    expect(sim.getStock('S')).toEqual({ available: 4, updatedAt: history[1]?.at, writes: 0 });
    expect(() => sim.setStock('NOPE', 1)).toThrow(/No product/);
  });
});
