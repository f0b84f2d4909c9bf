import type {
  KenticoCustomer,
  KenticoCustomerRecord,
  UpdateCustomerBody,
} from '@bpkc/shared-types';

/** Fields a bridge PUT (or a profile edit) may change; all optional. */
export type CustomerChanges = UpdateCustomerBody['fields'];

/**
 * Columns the extension adds to Commerce_Customer (CustomerInfo has no modified time, no credit
 * terms and no external id, §3.2). Kept apart from the CustomerInfo row because orders embed
 * that row as it is, and the shared KenticoCustomer schema knows nothing of these.
 */
type CustomerExtras = Pick<
  KenticoCustomerRecord,
  'CustomerModifiedWhen' | 'BpcCreditLimit' | 'BpcCreditTermDays' | 'BpcBrightpearlContactID'
>;

const CORE_FIELDS = ['CustomerEmail', 'CustomerFirstName', 'CustomerLastName', 'CustomerPhone'];

/** 'bridge' = a PUT by the companion (counted as a write); 'kentico' = a change made in Kentico. */
export type CustomerWriteSource = 'bridge' | 'kentico';

export interface CustomerStore {
  /** Case-insensitive, as SQL Server's default collation compares e-mails. */
  findByEmail(email: string): KenticoCustomer | undefined;
  /** The live CustomerInfo row; orders hold the same row, so they show its current values. */
  get(guid: string): KenticoCustomer | undefined;
  add(customer: KenticoCustomer): void;
  /** A copy with the extension's columns; undefined for an unknown GUID. */
  record(guid: string): KenticoCustomerRecord | undefined;
  /**
   * Applies the given fields that differ from what is stored and returns their names; bumps
   * CustomerModifiedWhen only when something changed. The caller checks e-mail uniqueness.
   */
  update(guid: string, changes: CustomerChanges, source: CustomerWriteSource): string[];
  /** How many bridge PUTs changed something on this customer. */
  writes(guid: string): number;
  /** Every customer's record (a copy) with its CustomerID, for the modifiedSince cursor. */
  list(): { customerId: number; record: KenticoCustomerRecord }[];
}

export function createCustomerStore(now: () => string): CustomerStore {
  // uniqueidentifier comparison in SQL Server is case-insensitive, hence lower-cased keys.
  const rows = new Map<string, KenticoCustomer>();
  const extras = new Map<string, CustomerExtras>();
  const writeCounts = new Map<string, number>();

  const record = (guid: string): KenticoCustomerRecord | undefined => {
    const row = rows.get(guid.toLowerCase());
    const extra = extras.get(guid.toLowerCase());
    if (!row || !extra) return undefined;
    const { CustomerGUID, CustomerEmail, CustomerFirstName, CustomerLastName, CustomerPhone } = row;
    const core = {
      CustomerGUID,
      CustomerEmail,
      CustomerFirstName,
      CustomerLastName,
      CustomerPhone,
    };
    return { ...core, ...extra };
  };

  return {
    findByEmail: (email) => {
      const wanted = email.toLowerCase();
      return [...rows.values()].find((row) => row.CustomerEmail.toLowerCase() === wanted);
    },
    get: (guid) => rows.get(guid.toLowerCase()),
    add(customer) {
      const key = customer.CustomerGUID.toLowerCase();
      rows.set(key, customer);
      extras.set(key, {
        CustomerModifiedWhen: customer.CustomerCreatedWhen,
        BpcCreditLimit: null,
        BpcCreditTermDays: null,
        BpcBrightpearlContactID: null,
      });
    },
    record,
    update(guid, changes, source) {
      const key = guid.toLowerCase();
      const row = rows.get(key);
      const extra = extras.get(key);
      if (!row || !extra) throw new Error(`Unknown customer ${guid}`);
      const changed = Object.entries(changes).filter(([field, value]) => {
        // An absent field is "leave as is"; undefined from a spread counts as absent too.
        if (value === undefined) return false;
        const target: Record<string, unknown> = CORE_FIELDS.includes(field) ? row : extra;
        if (target[field] === value) return false;
        target[field] = value;
        return true;
      });
      if (changed.length === 0) return [];
      extra.CustomerModifiedWhen = now();
      if (source === 'bridge') writeCounts.set(key, (writeCounts.get(key) ?? 0) + 1);
      return changed.map(([field]) => field);
    },
    writes: (guid) => writeCounts.get(guid.toLowerCase()) ?? 0,
    list: () =>
      [...rows.values()].flatMap((row) => {
        const found = record(row.CustomerGUID);
        return found ? [{ customerId: row.CustomerID, record: found }] : [];
      }),
  };
}
