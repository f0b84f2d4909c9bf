/** paymentType values (reference §9.1). */
export const PAYMENT_TYPES = ['RECEIPT', 'PAYMENT', 'AUTH', 'CAPTURE', 'VOID'] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

export interface StoredCustomerPayment {
  id: number;
  transactionRef?: string;
  transactionCode?: string;
  paymentMethodCode: string;
  paymentType: PaymentType;
  orderId: number;
  currencyCode: string;
  /** null when the currency is not set up on the account (reference §4, search column doc). */
  currencyId: number | null;
  exchangeRate: string;
  /** Money as the API writes it: a decimal string, e.g. "32.99" (search doc: STRING columns). */
  amountPaid: string;
  amountAuthorized: string;
  expires?: string;
  paymentDate: string;
  createdOn: string;
  journalRef?: string;
  /** Brightpearl posts a journal only for a payment method it knows (§9.1); we know none. */
  journalId: number | null;
}
