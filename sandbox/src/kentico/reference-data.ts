import { createRegistry, type Registry } from './registry';

// Field names follow the XbyK Info classes (OrderStatusInfo, ShippingMethodInfo, PaymentMethodInfo,
// CountryInfo, StateInfo). IDs are fixed so tests and mappings can name them.

export interface OrderStatus {
  OrderStatusID: number;
  OrderStatusName: string;
  OrderStatusDisplayName: string;
  OrderStatusOrder: number;
}

export interface ShippingMethod {
  ShippingMethodID: number;
  ShippingMethodName: string;
  ShippingMethodDisplayName: string;
  /** Net of tax, in major units. */
  ShippingMethodPrice: number;
  ShippingMethodEnabled: boolean;
}

export interface PaymentMethod {
  PaymentMethodID: number;
  PaymentMethodName: string;
  PaymentMethodDisplayName: string;
  PaymentMethodEnabled: boolean;
}

export interface Country {
  CountryID: number;
  CountryName: string;
  CountryDisplayName: string;
  CountryTwoLetterCode: string;
  CountryThreeLetterCode: string;
}

export interface State {
  StateID: number;
  StateName: string;
  StateDisplayName: string;
  CountryID: number;
}

const status = (id: number, name: string, display: string): OrderStatus => ({
  OrderStatusID: id,
  OrderStatusName: name,
  OrderStatusDisplayName: display,
  OrderStatusOrder: id,
});
const shipping = (
  id: number,
  [name, display]: [string, string],
  price: number,
): ShippingMethod => ({
  ShippingMethodID: id,
  ShippingMethodName: name,
  ShippingMethodDisplayName: display,
  ShippingMethodPrice: price,
  ShippingMethodEnabled: true,
});
const payment = (id: number, name: string, display: string): PaymentMethod => ({
  PaymentMethodID: id,
  PaymentMethodName: name,
  PaymentMethodDisplayName: display,
  PaymentMethodEnabled: true,
});
const country = (id: number, codes: [string, string], name: string): Country => ({
  CountryID: id,
  CountryName: name.replace(/\s+/g, ''),
  CountryDisplayName: name,
  CountryTwoLetterCode: codes[0],
  CountryThreeLetterCode: codes[1],
});

const ORDER_STATUSES = [
  status(1, 'Pending', 'Pending'),
  status(2, 'PaymentReceived', 'Payment received'),
  status(3, 'Processing', 'Processing'),
  status(4, 'Fulfilled', 'Fulfilled'),
  status(5, 'Cancelled', 'Cancelled'),
  // Added by the sandbox merchant for what Brightpearl reports back (fulfilment, credits).
  status(6, 'PartiallyShipped', 'Partially shipped'),
  status(7, 'Refunded', 'Refunded'),
];
const SHIPPING_METHODS = [
  shipping(1, ['RoyalMail1st', 'Royal Mail 1st Class'], 3.95),
  shipping(2, ['DpdNextDay', 'DPD Next Day'], 6.95),
  shipping(3, ['ClickAndCollect', 'Click & Collect'], 0),
  shipping(4, ['InternationalTracked', 'International Tracked'], 14.95),
  // Added by the merchant and never mapped (the demo's deliberately bad orders use it): the
  // mapping screen shows it as a Kentico method without a Brightpearl one. Price 0 as before,
  // when orders created it on the fly.
  shipping(5, ['PigeonPost', 'Pigeon post'], 0),
];
const PAYMENT_METHODS = [
  payment(1, 'Card', 'Credit / debit card'),
  payment(2, 'PayPal', 'PayPal'),
  payment(3, 'BankTransfer', 'Bank transfer'),
];
const COUNTRIES = [
  country(1, ['GB', 'GBR'], 'United Kingdom'),
  country(2, ['IE', 'IRL'], 'Ireland'),
  country(3, ['FR', 'FRA'], 'France'),
  country(4, ['DE', 'DEU'], 'Germany'),
  country(5, ['US', 'USA'], 'United States'),
];

export interface ReferenceData {
  orderStatuses: Registry<OrderStatus>;
  shippingMethods: Registry<ShippingMethod>;
  paymentMethods: Registry<PaymentMethod>;
  /** Looked up by CountryThreeLetterCode. */
  countries: Registry<Country>;
  /** Looked up by `${CountryID}:${StateName}`. */
  states: Registry<State>;
}

/** A fresh copy per simulator, so one test adding a method never leaks into another. */
export function createReferenceData(): ReferenceData {
  return {
    orderStatuses: createRegistry(ORDER_STATUSES, (s) => s.OrderStatusName),
    shippingMethods: createRegistry(SHIPPING_METHODS, (s) => s.ShippingMethodName),
    paymentMethods: createRegistry(PAYMENT_METHODS, (p) => p.PaymentMethodName),
    countries: createRegistry(COUNTRIES, (c) => c.CountryThreeLetterCode),
    states: createRegistry<State>([], (s) => `${s.CountryID}:${s.StateName}`),
  };
}
