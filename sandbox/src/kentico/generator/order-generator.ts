import type { PlaceOrderInput, PlaceOrderItemInput } from '../place-order-input';
import type { CatalogItem } from './catalog';
import {
  billingAddressOf,
  newCustomer,
  shippingAddressOf,
  type GeneratedCustomer,
} from './customers';
import { createRng, type Rng } from './prng';

export interface OrderGeneratorOptions {
  seed: number;
  catalog: readonly CatalogItem[];
  /** Share of orders placed by a customer who ordered before; default 0.6. */
  returningShare?: number;
  /** Most distinct SKUs on one order; default 6. */
  maxLines?: number;
  /** Shipping method code names to pick from; default: UK methods at home, tracked abroad. */
  shippingMethods?: readonly string[];
}

export interface OrderGenerator {
  nextOrder(): PlaceOrderInput;
}

const UK_SHIPPING = [
  ['RoyalMail1st', 50],
  ['DpdNextDay', 30],
  ['ClickAndCollect', 20],
] as const;
const PAYMENT = [
  ['Card', 70],
  ['PayPal', 25],
  ['BankTransfer', 5],
] as const;

function randomLines(rng: Rng, catalog: readonly CatalogItem[], maxLines: number) {
  const products = rng.sample(catalog, rng.int(1, Math.min(maxLines, catalog.length)));
  return products.map((product): PlaceOrderItemInput => ({
    sku: product.sku,
    name: product.name,
    quantity: rng.int(1, 3),
    unitPrice: product.unitPrice,
    taxRate: product.taxRate,
  }));
}

function shippingFor(rng: Rng, country: string, methods?: readonly string[]): string {
  if (methods) return rng.pick(methods);
  return country === 'GBR' ? rng.weighted(UK_SHIPPING) : 'InternationalTracked';
}

/** Realistic, varied storefront orders, reproducible from the seed. */
export function createOrderGenerator(options: OrderGeneratorOptions): OrderGenerator {
  if (options.catalog.length === 0) throw new Error('The order generator needs a catalog');
  const rng = createRng(options.seed);
  const returningShare = options.returningShare ?? 0.6;
  const maxLines = options.maxLines ?? 6;
  const customers: GeneratedCustomer[] = [];

  const chooseCustomer = (): GeneratedCustomer => {
    if (customers.length > 0 && rng.chance(returningShare)) return rng.pick(customers);
    const customer = newCustomer(rng, customers.length + 1);
    customers.push(customer);
    return customer;
  };

  return {
    nextOrder() {
      const customer = chooseCustomer();
      const billingAddress = billingAddressOf(rng, customer);
      const shippingAddress = shippingAddressOf(rng, billingAddress);
      return {
        customer: { ...customer.identity },
        items: randomLines(rng, options.catalog, maxLines),
        shippingMethod: shippingFor(rng, shippingAddress.country, options.shippingMethods),
        paymentMethod: rng.weighted(PAYMENT),
        billingAddress,
        shippingAddress,
      };
    },
  };
}
