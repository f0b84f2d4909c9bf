import type { CallOptions } from './types';

/** The slice of `GET /contact-service/contact/{id}` (reference §6.3) the sync works with. */
export interface ContactRecord {
  contactId: number;
  /** "" when not set. */
  firstName: string;
  lastName: string;
  /** The primary (PRI) email. */
  email: string | null;
  /** The primary (PRI) telephone; MOB is not read, so that it matches what patchContact writes. */
  phone: string | null;
  creditLimit: number | null;
  creditTermDays: number | null;
  /** As Brightpearl renders it, in the account's offset. */
  updatedOn: string;
}

/**
 * One JSON-Patch operation on a documented path (reference §6.4); anything else (credit terms
 * under /financialDetails included) is refused before sending (contact-record.ts).
 */
export interface ContactPatchOperation {
  op: 'add' | 'replace' | 'remove';
  /** e.g. `/firstName`, `/communication/emails/PRI/email`, `/communication/telephones/PRI`. */
  path: string;
  /** Required for add and replace, absent for remove. */
  value?: unknown;
}

/** Contact reads, updates and the updatedOn sweep; part of BrightpearlClient. */
export interface ContactRecordMethods {
  /** Unknown ids are simply missing. */
  getContacts(ids: number[], call?: CallOptions): Promise<ContactRecord[]>;
  /**
   * Applies the operations and returns the updated contact. `replace` under `/communication/`
   * is sent as `add`: an empty email or telephone is absent, and `replace` on it fails (§12.15).
   */
  patchContact(
    contactId: number,
    operations: ContactPatchOperation[],
    call?: CallOptions,
  ): Promise<ContactRecord>;
  /** Contacts updated at or after `since` (ISO with offset), oldest update first. */
  searchContactsUpdatedSince(since: string, call?: CallOptions): Promise<ContactUpdates>;
}

export interface ContactUpdates {
  /** One row per contact, with its newest updatedOn as Brightpearl renders it. */
  rows: Array<{
    contactId: number;
    updatedOn: string;
    /** Present when the search returned the column; null when the contact has no e-mail. */
    primaryEmail?: string | null;
  }>;
  /**
   * A contact was updated while the pages were read: it moved to the end, and the row after its
   * old place may have been skipped. The caller must search this window again.
   */
  shifted: boolean;
}
