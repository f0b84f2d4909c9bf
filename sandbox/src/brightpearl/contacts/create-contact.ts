import { ContactCreate } from '@bpkc/shared-types';

import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import { withoutUndefined } from '../objects';
import type { RouteContext } from '../route';
import { formatTimestamp, takeId } from '../state';
import type { SimulatorState, StoredContact } from '../state';

/** POST /contact-service/contact → the new contact id (reference §6.2). */
export function createContact(context: RouteContext): number {
  const input = parseBody(ContactCreate, context.body, ERROR_CODES.contactValidation);
  return storeContact(context.state, { input, now: formatTimestamp(context.now()) });
}

/**
 * Stores a validated contact. Addresses must exist; BIL and DEL default to DEF. E-mails are
 * deliberately NOT unique: Brightpearl allows duplicates (reference §6.2, [REC]).
 */
export function storeContact(
  state: SimulatorState,
  { input, now }: { input: ContactCreate; now: string },
): number {
  const ids = input.postAddressIds;
  const postAddressIds = { DEF: ids.DEF, BIL: ids.BIL ?? ids.DEF, DEL: ids.DEL ?? ids.DEF };
  const missing = Object.entries(postAddressIds).filter(([, id]) => !state.postalAddresses.has(id));
  if (missing.length > 0) {
    const items = missing.map(([type, id]) => ({
      code: ERROR_CODES.contactUnknownAddress,
      message: `postAddressIds.${type}: postal address ${id} does not exist`,
    }));
    throw new BrightpearlError(400, items);
  }
  const relationship = input.relationshipToAccount ?? {};
  const contact: StoredContact = withoutUndefined({
    contactId: takeId(state, 'contact'),
    salutation: input.salutation ?? '',
    firstName: input.firstName ?? '',
    lastName: input.lastName,
    postAddressIds,
    emails: input.communication?.emails ?? {},
    telephones: input.communication?.telephones ?? {},
    isSupplier: relationship.isSupplier ?? false,
    isStaff: relationship.isStaff ?? false,
    // UNCONFIRMED default; contacts created by shop integrations are customers.
    isCustomer: relationship.isCustomer ?? true,
    companyName: input.organisation?.name,
    isReceiveEmailNewsletter: input.marketingDetails?.isReceiveEmailNewsletter ?? false,
    priceListId: input.financialDetails?.priceListId ?? 1,
    currencyId: input.financialDetails?.currencyId ?? 1,
    creditLimit: 0,
    creditTermDays: 0,
    createdOn: now,
    updatedOn: now,
  });
  state.contacts.set(contact.contactId, contact);
  for (const id of new Set(Object.values(postAddressIds))) {
    const address = state.postalAddresses.get(id);
    if (address && address.contactId === 0) address.contactId = contact.contactId;
  }
  return contact.contactId;
}
