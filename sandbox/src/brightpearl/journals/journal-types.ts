/** UNCONFIRMED line shape (reference §9.3: "Full line schema UNCONFIRMED"): one side per line. */
export interface StoredJournalLine {
  nominalCode: string;
  /** Decimal strings ("12.50"); exactly one side is above 0, the other "0.00". */
  debit: string;
  credit: string;
  description?: string;
}

export interface StoredJournalEntry {
  id: number;
  journalType: string;
  /** yyyy-mm-dd, as sent (reference §9.3). */
  journalDate: string;
  dateDue?: string;
  description?: string;
  currencyId: number;
  exchangeRate: string;
  contactId?: number;
  lines: StoredJournalLine[];
  createdOn: string;
}
