import { z } from 'zod';

// POST /contact-service/postal-address and POST /contact-service/contact (reference §6).
export const PostalAddressCreate = z.object({
  addressLine1: z.string().min(1),
  addressLine2: z.string().optional(),
  addressLine3: z.string().optional(),
  addressLine4: z.string().optional(),
  postalCode: z.string().optional(),
  countryIsoCode: z.string().length(3),
});
export type PostalAddressCreate = z.infer<typeof PostalAddressCreate>;

const AddressIds = z.object({
  DEF: z.number().int().positive(),
  BIL: z.number().int().positive().optional(),
  DEL: z.number().int().positive().optional(),
});

export const ContactCreate = z.object({
  salutation: z.string().max(32).optional(),
  firstName: z.string().max(32).optional(),
  lastName: z.string().min(1).max(32),
  postAddressIds: AddressIds,
  communication: z
    .object({
      emails: z
        .object({ PRI: z.object({ email: z.string() }) })
        .partial()
        .optional(),
      telephones: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  relationshipToAccount: z
    .object({ isCustomer: z.boolean(), isSupplier: z.boolean(), isStaff: z.boolean() })
    .partial()
    .optional(),
  organisation: z.object({ name: z.string() }).optional(),
  marketingDetails: z.object({ isReceiveEmailNewsletter: z.boolean() }).optional(),
  financialDetails: z
    .object({ priceListId: z.number().int(), currencyId: z.number().int() })
    .partial()
    .optional(),
});
export type ContactCreate = z.infer<typeof ContactCreate>;
