import { defaultCatalog } from './catalog';
import { createOrderGenerator, type OrderGeneratorOptions } from './order-generator';
import { createRng } from './prng';

const catalog = defaultCatalog(40);
const generate = (count: number, options: Partial<OrderGeneratorOptions> = {}) => {
  const generator = createOrderGenerator({ seed: 42, catalog, ...options });
  return Array.from({ length: count }, () => generator.nextOrder());
};

describe('defaultCatalog', () => {
  it('makes BPK-0001… SKUs priced 4.99–249.00 with UK VAT rates, the same on every call', () => {
    expect(catalog).toEqual(defaultCatalog(40));
    expect(catalog[0]?.sku).toBe('BPK-0001');
    expect(catalog[39]?.sku).toBe('BPK-0040');
    for (const item of catalog) {
      expect(item.unitPrice).toBeGreaterThanOrEqual(4.99);
      expect(item.unitPrice).toBeLessThanOrEqual(249);
      expect(Math.round(item.unitPrice * 100) / 100).toBe(item.unitPrice);
      expect([20, 5, 0]).toContain(item.taxRate);
    }
    expect(new Set(catalog.map((item) => item.taxRate)).size).toBeGreaterThan(1);
  });
});

describe('createOrderGenerator', () => {
  it('is deterministic: the same seed gives the same orders, another seed others', () => {
    expect(generate(50)).toEqual(generate(50));
    expect(generate(5, { seed: 7 })).not.toEqual(generate(5));
  });

  it('mixes returning and new customers at roughly the configured share', () => {
    const orders = generate(1000, { returningShare: 0.6 });
    const seen = new Map<string, string>();
    let returning = 0;
    for (const { customer } of orders) {
      const name = `${customer.firstName} ${customer.lastName}`;
      if (seen.has(customer.email)) returning += 1;
      expect(seen.get(customer.email) ?? name).toBe(name); // a returning customer keeps the name
      seen.set(customer.email, name);
      expect(customer.email).toMatch(/^[a-z]+\.[a-z]+\.\d+@example\.com$/);
    }
    expect(returning / (orders.length - 1)).toBeGreaterThan(0.55);
    expect(returning / (orders.length - 1)).toBeLessThan(0.65);
  });

  it('orders 1–maxLines distinct SKUs, 1–3 of each, with varied shipping and addresses', () => {
    const orders = generate(500);
    const lineCounts = new Set(orders.map((o) => o.items.length));
    expect([...lineCounts].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const order of orders) {
      const skus = order.items.map((item) => item.sku);
      expect(new Set(skus).size).toBe(skus.length);
      for (const item of order.items) expect([1, 2, 3]).toContain(item.quantity);
    }
    const share = (test: (o: (typeof orders)[number]) => boolean) =>
      orders.filter(test).length / orders.length;
    expect(new Set(orders.map((o) => o.shippingMethod)).size).toBeGreaterThanOrEqual(3);
    expect(share((o) => o.billingAddress.country === 'GBR')).toBeGreaterThan(0.7);
    expect(share((o) => o.billingAddress.country !== 'GBR')).toBeGreaterThan(0.1);
    expect(share((o) => o.shippingAddress === o.billingAddress)).toBeGreaterThan(0.7);
    expect(share((o) => o.shippingAddress !== o.billingAddress)).toBeGreaterThan(0.1);
    expect(share((o) => o.billingAddress.company != null)).toBeGreaterThan(0.05);
  });

  it('honours maxLines and a given list of shipping methods', () => {
    const orders = generate(200, { maxLines: 2, shippingMethods: ['Courier'] });
    expect(Math.max(...orders.map((o) => o.items.length))).toBe(2);
    expect(new Set(orders.map((o) => o.shippingMethod))).toEqual(new Set(['Courier']));
  });
});

describe('createRng', () => {
  it('draws integers within bounds and samples without repeats', () => {
    const rng = createRng(1);
    const draws = Array.from({ length: 1000 }, () => rng.int(1, 3));
    expect(new Set(draws)).toEqual(new Set([1, 2, 3]));
    expect(new Set(rng.sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});
