/** Timestamps are stored in the form the API renders them: ISO-8601 with an explicit offset. */
type Timestamp = string;

export interface StoredPostalAddress {
  addressId: number;
  /** 0 until a contact is created with this address (GET shows the owning contact). */
  contactId: number;
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  addressLine4?: string;
  postalCode?: string;
  countryIsoCode: string;
}

export type EmailType = 'PRI' | 'SEC' | 'TER';

export interface StoredContact {
  contactId: number;
  salutation: string;
  firstName: string;
  lastName: string;
  postAddressIds: { DEF: number; BIL: number; DEL: number };
  emails: Partial<Record<EmailType, { email: string }>>;
  telephones: Record<string, string>;
  isCustomer: boolean;
  isSupplier: boolean;
  isStaff: boolean;
  companyName?: string;
  isReceiveEmailNewsletter: boolean;
  priceListId: number;
  currencyId: number;
  /** PATCHable with `replace` only (reference §6.4); absent reads as 0. */
  leadTime?: number;
  companyId?: number;
  /**
   * financialDetails.creditLimit / creditTermDays (reference §6.3); 0 on a new contact. Not
   * patchable through the API (§6.4): a user sets them on the contact record (direct-flows.ts).
   */
  creditLimit: number;
  creditTermDays: number;
  createdOn: Timestamp;
  updatedOn: Timestamp;
  lastOrderedOn?: Timestamp;
}
