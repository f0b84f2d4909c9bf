import type { CallOptions, MultiMessageRequest } from './types';

/** `POST /accounting-service/customer-payment` (reference §9.1). */
export interface CustomerPaymentInput {
  /**
   * Required here although Brightpearl makes it optional: with paymentMethodCode it is the
   * payment's unique key, the only protection against paying twice on a retry (reference §12.2).
   */
  transactionRef: string;
  /** Links a CAPTURE or VOID to its AUTH. */
  transactionCode?: string;
  /** A Brightpearl payment method code; an unknown one is accepted but posts no journal. */
  paymentMethodCode: string;
  /** RECEIPT pays a sales order; PAYMENT refunds a sales credit. */
  paymentType: 'RECEIPT' | 'PAYMENT' | 'AUTH' | 'CAPTURE' | 'VOID';
  /** The sales order, or the sales credit for a PAYMENT. */
  orderId: number;
  /** The order's currency (once multi-currency is on). */
  currencyIsoCode: string;
  exchangeRate?: number;
  /** Required for RECEIPT, PAYMENT and CAPTURE. */
  amountPaid?: number;
  /** Required for AUTH. */
  amountAuthorized?: number;
  /** ISO with offset. */
  authorizationExpiry?: string;
  /** ISO with offset; Brightpearl's default is now. */
  paymentDate?: string;
  journalRef?: string;
}

export interface JournalEntryLine {
  nominalCode: string;
  /** Exactly one of debit and credit, positive. */
  debit?: number;
  credit?: number;
  description?: string;
}

/** `POST /accounting-service/journal-entry` (reference §9.3); debits must equal credits. */
export interface JournalEntryInput {
  /** e.g. `JJ`. */
  journalType: string;
  /** `yyyy-mm-dd`, inside an open accounting period. */
  journalDate: string;
  description: string;
  /** Omitted: the account's base currency. */
  currencyId?: number;
  lines: JournalEntryLine[];
}

/** Payments and journals; part of BrightpearlClient. */
export interface AccountingMethods {
  /** Search by transactionRef first when a retry may follow an unanswered attempt. */
  createCustomerPayment(payment: CustomerPaymentInput, call?: CallOptions): Promise<number>;
  /** Payment ids carrying this transactionRef (any payment method); usually zero or one. */
  findPaymentIdsByTransactionRef(ref: string, call?: CallOptions): Promise<number[]>;
  /**
   * The same POST as createCustomerPayment, as one multiMessage entry, so up to 10 payments
   * travel in one request. Labelled `{paymentMethodCode}:{transactionRef}` (unique per payment).
   * Sends nothing; throws BrightpearlValidationError for an invalid payment.
   */
  customerPaymentMessage(payment: CustomerPaymentInput): MultiMessageRequest;
  /** The new journal's id. Not idempotent, and there is no search by reference here. */
  createJournalEntry(entry: JournalEntryInput, call?: CallOptions): Promise<number>;
}
