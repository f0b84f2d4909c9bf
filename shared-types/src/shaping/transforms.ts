import { z } from 'zod';

import { Expression } from './expression';

// Field transforms: a target field of the outgoing record → a JSONata expression evaluated
// against the incoming record (the Kentico order / customer, or the Brightpearl product). Fields
// without a transform keep today's mapping, so an empty set changes nothing.

/** Brightpearl custom-field codes (PCF_…) and Kentico field names are both plain identifiers. */
const CUSTOM_FIELD_TARGET = /^customFields\.[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** What a sales-order transform may set (input: the Kentico order; `row.*`: one order item). */
export const SALES_ORDER_TARGETS = [
  'ref',
  'channelId',
  'warehouseId',
  'priceListId',
  'statusId',
  'deliveryDate',
  'note',
  'row.name',
] as const;
/** What a contact transform may set (input: the Kentico customer and the order's billing address). */
export const CONTACT_TARGETS = ['firstName', 'lastName', 'companyName', 'telephone'] as const;
/** What a product transform may set (input: the Brightpearl product, its price and record). */
export const PRODUCT_TARGETS = ['name', 'description', 'price'] as const;

function targetKey<T extends readonly string[]>(targets: T, what: string) {
  return z
    .string()
    .refine(
      (key) => (targets as readonly string[]).includes(key) || CUSTOM_FIELD_TARGET.test(key),
      {
        message: `not a ${what} field: use one of ${targets.join(', ')} or customFields.<CODE>`,
      },
    );
}

export const TransformSet = z
  .object({
    salesOrder: z.record(targetKey(SALES_ORDER_TARGETS, 'sales order'), Expression).default({}),
    contact: z.record(targetKey(CONTACT_TARGETS, 'contact'), Expression).default({}),
    product: z.record(targetKey(PRODUCT_TARGETS, 'product'), Expression).default({}),
  })
  .prefault({});
export type TransformSet = z.infer<typeof TransformSet>;

export const TransformEntity = z.enum(['salesOrder', 'contact', 'product']);
export type TransformEntity = z.infer<typeof TransformEntity>;
