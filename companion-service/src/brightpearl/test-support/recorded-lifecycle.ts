/**
 * Recorded answers from reference §8.2 (GON, 2025) and §6.3 (contact, 2025), as recorded except
 * where the reference elides a value with "...": those are filled in and marked.
 */
export const RECORDED_GON_ID = 12447605;

export const RECORDED_GON = {
  orderId: 988116,
  warehouseId: 2,
  transfer: false,
  priority: false,
  status: {
    shipped: true,
    packed: true,
    picked: true,
    printed: true,
    pickedOn: '2025-11-04T10:41:38.000-06:00',
    packedOn: '2025-11-04T10:41:38.000-06:00', // elided in the reference
    shippedOn: '2025-11-04T10:41:38.000-06:00', // elided in the reference
    printedOn: '2025-11-04T10:41:38.000-06:00', // elided in the reference
    pickedById: 4,
    packedById: 4,
    shippedById: 4,
    printedById: 4,
  },
  shipping: { reference: '', shippingMethodId: 49 },
  releaseDate: '2025-11-04T10:17:45.000-06:00',
  createdOn: '2025-11-04T10:17:45.000-06:00',
  createdBy: 203,
  orderRows: { '2975385': [{ productId: 489065, quantity: 1, locationId: 2 }] },
  sequence: 1,
  events: [
    { occured: '2025-11-04T10:17:45.000-06:00', eventOwnerId: 203, eventCode: 'PLA' },
    { occured: '2025-11-04T10:41:38.000-06:00', eventOwnerId: 4, eventCode: 'SHW' },
  ],
  lastEventVersion: 3131069,
};

export const RECORDED_CONTACT = {
  contactId: 151499,
  isPrimaryContact: true,
  salutation: '',
  firstName: 'john',
  lastName: 'Doe',
  postAddressIds: { DEF: 418692, BIL: 418692, DEL: 418693 },
  communication: {
    emails: { PRI: { email: 'test@gmail.com' } },
    telephones: { PRI: '+50685698589' },
    messagingVoips: {},
    websites: {},
  },
  contactStatus: { current: { contactStatusId: 0 } },
  relationshipToAccount: { isSupplier: false, isStaff: false },
  marketingDetails: { isReceiveEmailNewsletter: true },
  financialDetails: {
    priceListId: 2,
    nominalCode: '0',
    creditLimit: 0,
    creditTermDays: 0,
    currencyId: 2,
    discountPercentage: 0.0,
    creditTermTypeId: 1,
  },
  assignment: { current: {} },
  organisation: { organisationId: 151499 },
  tradeStatus: 'UNKNOWN',
  createdByid: 0,
  createdOn: '2025-02-21T10:30:08.000-06:00',
  updatedOn: '2025-08-28T14:59:22.970-06:00',
  contactTags: '9',
  aliases: {},
  companyId: 0,
};
