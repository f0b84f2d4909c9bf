import { z } from 'zod';

// Shapes of POST /order-service/sales-order and GET /order-service/order (reference §5).
// Money and quantities travel as strings with at most 4 decimals.
const Decimal = z.string().regex(/^-?\d+(\.\d{1,4})?$/, 'a decimal string with at most 4 dp');

export const SalesOrderAddress = z.object({
  addressFullName: z.string().min(1),
  companyName: z.string().optional(),
  addressLine1: z.string().min(1),
  addressLine2: z.string().optional(),
  addressLine3: z.string().optional(),
  addressLine4: z.string().optional(),
  postalCode: z.string().optional(),
  /** ISO 3166-1 alpha-3 on input. */
  countryIsoCode: z.string().length(3),
  telephone: z.string().optional(),
  mobileTelephone: z.string().optional(),
  email: z.string().optional(),
});
export type SalesOrderAddress = z.infer<typeof SalesOrderAddress>;

export const SalesOrderRow = z
  .object({
    productId: z.number().int().positive().optional(),
    name: z.string().optional(),
    quantity: Decimal,
    taxCode: z.string().min(1),
    net: Decimal,
    tax: Decimal,
    nominalCode: z.string().optional(),
    externalRef: z.string().optional(),
  })
  .refine((row) => row.productId !== undefined || row.name !== undefined, {
    message: 'a row needs productId or name',
  });
export type SalesOrderRow = z.infer<typeof SalesOrderRow>;

export const SalesOrderCreate = z.object({
  customer: z.object({ id: z.number().int().positive(), address: SalesOrderAddress.optional() }),
  billing: z
    .object({ contactId: z.number().int().positive(), address: SalesOrderAddress.optional() })
    .optional(),
  ref: z.string().optional(),
  placedOn: z.string().optional(),
  taxDate: z.string().optional(),
  statusId: z.number().int().positive().optional(),
  warehouseId: z.number().int().positive().optional(),
  channelId: z.number().int().positive().optional(),
  externalRef: z.string().max(64).optional(),
  installedIntegrationInstanceId: z.number().int().optional(),
  priceListId: z.number().int().nonnegative().optional(),
  priceModeCode: z.enum(['EXC', 'INC']).optional(),
  currency: z
    .object({
      code: z.string().length(3),
      fixedExchangeRate: z.boolean().optional(),
      exchangeRate: Decimal.optional(),
    })
    .optional(),
  delivery: z
    .object({
      date: z.string().optional(),
      address: SalesOrderAddress.optional(),
      shippingMethodId: z.number().int().positive().optional(),
    })
    .optional(),
  rows: z.array(SalesOrderRow).min(1),
});
export type SalesOrderCreate = z.infer<typeof SalesOrderCreate>;
