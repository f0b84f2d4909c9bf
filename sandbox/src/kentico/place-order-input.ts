/**
 * What a storefront checkout hands to the simulator (cf. XbyK's OrderData for
 * IOrderCreationService). Deliberately loose: unknown SKUs, unmapped shipping methods, empty
 * address lines and unknown countries all go through, because the companion has to cope with them.
 */
export interface PlaceOrderInput {
  customer: {
    email: string;
    firstName: string;
    lastName: string;
    phone?: string | null;
    /** Site member id; null/absent for a guest checkout. */
    memberId?: number | null;
  };
  items: PlaceOrderItemInput[];
  /** Shipping method code name; default 'RoyalMail1st'; null for no shipping. */
  shippingMethod?: string | null;
  /** Net shipping price; default the method's price. */
  shippingPrice?: number;
  /** Percent; default 20 (UK standard rate). */
  shippingTaxRate?: number;
  /** Payment method code name; default 'Card'; null for none. */
  paymentMethod?: string | null;
  /** The payment provider's fee (extension field BpcPaymentFee); default none. */
  paymentFee?: number;
  /** Order status code name; default 'Pending'. */
  status?: string;
  billingAddress: AddressInput;
  /** Default: same as billing. */
  shippingAddress?: AddressInput;
  /** Backdate the order (OrderCreatedWhen = OrderModifiedWhen); default now. */
  createdAt?: Date | string;
}

export interface PlaceOrderItemInput {
  sku: string;
  name: string;
  quantity: number;
  /** Net of tax, major units (e.g. 12.5). */
  unitPrice: number;
  /** Percent; default 20. */
  taxRate?: number;
}

export interface AddressInput {
  /** Name, e-mail and phone default to the customer's. */
  firstName?: string;
  lastName?: string;
  company?: string | null;
  email?: string;
  phone?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  zip: string;
  /** ISO 3166-1 alpha-3, e.g. 'GBR'. */
  country: string;
  /** State/county name, e.g. 'New York'. */
  state?: string | null;
}

export const DEFAULTS = {
  shippingMethod: 'RoyalMail1st',
  paymentMethod: 'Card',
  status: 'Pending',
  taxRate: 20,
} as const;
