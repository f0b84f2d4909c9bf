import {
  KenticoAddress,
  KenticoCustomer,
  KenticoOrder,
  KenticoOrderItem,
  type TransformEntity,
} from '@bpkc/shared-types';
import { z } from 'zod';

// What each transform reads. The zod shapes double as the field list the save-time check
// compares names against, so "OrderNumbr" is caught before any order meets it.

/** A contact transform reads the customer, the order's billing address and the order. */
export const ContactTransformInput = z.object({
  customer: KenticoCustomer,
  billingAddress: KenticoAddress,
  order: KenticoOrder,
});
export type ContactTransformInput = z.infer<typeof ContactTransformInput>;

/** A product transform reads the Brightpearl product as the catalog sync knows it, and its price. */
export const ProductTransformInput = z.object({
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  status: z.enum(['LIVE', 'ARCHIVED']),
  productGroupId: z.number().int().nullable(),
  variations: z.array(z.object({ option: z.string(), value: z.string() })),
  stockTracked: z.boolean(),
  taxCode: z.string().nullable(),
  /** On the mapped price list; null when unset. */
  price: z.number().nullable(),
  currencyCode: z.string(),
});
export type ProductTransformInput = z.infer<typeof ProductTransformInput>;

/** The record a target's expression is evaluated against (`$order` is bound for row targets). */
export interface InputShape {
  schema: z.ZodType;
  /** Plain name for messages: "field X is not a field of <what>". */
  what: string;
  variables: Record<string, { schema: z.ZodType; what: string }>;
}

const ORDER = { schema: KenticoOrder, what: 'the Kentico order' };

export function inputShapeFor(entity: TransformEntity, key: string): InputShape {
  if (entity === 'salesOrder' && key.startsWith('row.')) {
    return { schema: KenticoOrderItem, what: 'the order item', variables: { order: ORDER } };
  }
  if (entity === 'salesOrder') return { ...ORDER, variables: {} };
  if (entity === 'contact') {
    return { schema: ContactTransformInput, what: 'the contact input', variables: {} };
  }
  return { schema: ProductTransformInput, what: 'the Brightpearl product', variables: {} };
}
