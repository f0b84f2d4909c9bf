import type { StoredContact } from '../state';

/**
 * GET /contact-service/contact/{idSet} item, as recorded in 2025 (reference §6.3), including
 * its oddities: `createdByid` casing and no `isCustomer` under relationshipToAccount.
 */
export function contactView(contact: StoredContact) {
  return {
    contactId: contact.contactId,
    isPrimaryContact: true,
    salutation: contact.salutation,
    firstName: contact.firstName,
    lastName: contact.lastName,
    postAddressIds: contact.postAddressIds,
    communication: {
      emails: contact.emails,
      telephones: contact.telephones,
      messagingVoips: {},
      websites: {},
    },
    contactStatus: { current: { contactStatusId: 0 } },
    relationshipToAccount: { isSupplier: contact.isSupplier, isStaff: contact.isStaff },
    marketingDetails: { isReceiveEmailNewsletter: contact.isReceiveEmailNewsletter },
    financialDetails: {
      priceListId: contact.priceListId,
      nominalCode: '0',
      creditLimit: contact.creditLimit,
      creditTermDays: contact.creditTermDays,
      currencyId: contact.currencyId,
      discountPercentage: 0,
      creditTermTypeId: 1,
    },
    assignment: { current: {} },
    organisation: {
      organisationId: contact.contactId,
      ...(contact.companyName === undefined ? {} : { name: contact.companyName }),
    },
    tradeStatus: 'UNKNOWN',
    createdByid: 0,
    createdOn: contact.createdOn,
    updatedOn: contact.updatedOn,
    contactTags: '',
    aliases: {},
    companyId: contact.companyId ?? 0,
    ...(contact.leadTime === undefined ? {} : { leadTime: contact.leadTime }),
  };
}
