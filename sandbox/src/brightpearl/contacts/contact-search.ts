import { CONTACT_SEARCH_COLUMNS } from '@bpkc/shared-types';

import type { ColumnSpec, SearchDefinition } from '../search/search-types';
import { columnsFrom } from '../search/search-types';
import type { SimulatorState, StoredContact } from '../state';

type ContactColumn = (typeof CONTACT_SEARCH_COLUMNS)[number];
type Spec = ColumnSpec<StoredContact>;

const email = (type: 'PRI' | 'SEC' | 'TER'): Spec => ({
  // Case-insensitive exact match on the address (the brief's rule; real matching UNCONFIRMED).
  type: 'STRING',
  caseInsensitive: true,
  value: (contact) => contact.emails[type]?.email ?? null,
});
const text = (value: (contact: StoredContact) => string | null): Spec => ({
  type: 'SEARCH_STRING',
  value,
});
const exact = (value: (contact: StoredContact) => string | null): Spec => ({
  type: 'STRING',
  value,
});
const flag = (value: (contact: StoredContact) => boolean): Spec => ({ type: 'BOOLEAN', value });
const period = (value: (contact: StoredContact) => string | null): Spec => ({
  type: 'PERIOD',
  value,
});

const SPECS: Record<ContactColumn, Spec> = {
  contactId: { type: 'IDSET', value: (contact) => contact.contactId },
  primaryEmail: email('PRI'),
  secondaryEmail: email('SEC'),
  tertiaryEmail: email('TER'),
  firstName: text((contact) => contact.firstName),
  lastName: text((contact) => contact.lastName),
  isSupplier: flag((contact) => contact.isSupplier),
  companyName: text((contact) => contact.companyName ?? null),
  isStaff: flag((contact) => contact.isStaff),
  isCustomer: flag((contact) => contact.isCustomer),
  createdOn: period((contact) => contact.createdOn),
  updatedOn: period((contact) => contact.updatedOn),
  lastContactedOn: period(() => null),
  lastOrderedOn: period((contact) => contact.lastOrderedOn ?? null),
  nominalCode: exact(() => null),
  isPrimary: flag(() => true),
  pri: exact((contact) => contact.telephones['PRI'] ?? null),
  sec: exact((contact) => contact.telephones['SEC'] ?? null),
  mob: exact((contact) => contact.telephones['MOB'] ?? null),
  exactCompanyName: exact((contact) => contact.companyName ?? null),
  title: exact((contact) => contact.salutation || null),
};

/** contact-search: columns exactly as CONTACT_SEARCH_COLUMNS (reference §4). */
export function contactSearch(state: SimulatorState): SearchDefinition<StoredContact> {
  return {
    columns: columnsFrom(CONTACT_SEARCH_COLUMNS, SPECS),
    items: () => [...state.contacts.values()],
  };
}
