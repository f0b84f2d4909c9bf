import { z } from 'zod';

import { Expression } from './expression';

// Business rules: an ordered list, evaluated for every order before any Brightpearl call.
// Conditions of a rule must all hold (`when` empty: always). Actions: `hold` and `skip` end the
// evaluation; `route` fields set by a later rule override an earlier one's; notes and tags add up.

const Alpha3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 country code, e.g. GBR');

export const RuleCondition = z.discriminatedUnion('kind', [
  /** Grand total (incl. tax and shipping) above `amount`, in the order's currency (or only `currency`). */
  z.object({
    kind: z.literal('total-over'),
    amount: z.number().nonnegative(),
    currency: z.string().length(3).optional(),
  }),
  z.object({
    kind: z.literal('total-under'),
    amount: z.number().nonnegative(),
    currency: z.string().length(3).optional(),
  }),
  z.object({
    kind: z.literal('country-in'),
    address: z.enum(['shipping', 'billing']).default('shipping'),
    countries: z.array(Alpha3).min(1),
  }),
  z.object({
    kind: z.literal('country-not-in'),
    address: z.enum(['shipping', 'billing']).default('shipping'),
    countries: z.array(Alpha3).min(1),
  }),
  /** No earlier order or contact binding of this customer is known to the companion (no calls). */
  z.object({ kind: z.literal('customer-is-new') }),
  z.object({ kind: z.literal('shipping-method-in'), methods: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal('sku-in'), skus: z.array(z.string().min(1)).min(1) }),
  /** Units of one line (`line`) or of the whole order (`order`) above `quantity`. */
  z.object({
    kind: z.literal('quantity-over'),
    scope: z.enum(['line', 'order']).default('line'),
    quantity: z.number().int().nonnegative(),
  }),
  z.object({ kind: z.literal('billing-country-differs') }),
  z.object({ kind: z.literal('payment-method-in'), methods: z.array(z.string().min(1)).min(1) }),
  /** Anything else: a JSONata expression over the Kentico order that yields true or false. */
  z.object({ kind: z.literal('expression'), expression: Expression }),
]);
export type RuleCondition = z.infer<typeof RuleCondition>;

export const RuleAction = z.discriminatedUnion('kind', [
  /** Wait in the Held list for a person to approve or reject; `reason` is shown there. */
  z.object({ kind: z.literal('hold'), reason: z.string().trim().min(1).max(500) }),
  z.object({
    kind: z.literal('route'),
    statusId: z.number().int().positive().optional(),
    channelId: z.number().int().positive().optional(),
    warehouseId: z.number().int().positive().optional(),
  }),
  /** A note on the Brightpearl order (one request after the create). */
  z.object({ kind: z.literal('note'), text: z.string().trim().min(1).max(2000) }),
  /** Appended to the order custom field named in `settings.orderTagField` (one request after the create). */
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(100) }),
  /** Never send this order; recorded with `reason` (visible on the order, undone by Approve). */
  z.object({ kind: z.literal('skip'), reason: z.string().trim().min(1).max(500) }),
]);
export type RuleAction = z.infer<typeof RuleAction>;

export const BusinessRule = z.object({
  /** Stable id (letters, digits, - _), shown in the order's timeline and the audit. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ (1-64)'),
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
  when: z.array(RuleCondition).default([]),
  action: RuleAction,
});
export type BusinessRule = z.infer<typeof BusinessRule>;

export const BusinessRules = z
  .array(BusinessRule)
  .max(100)
  .default([])
  .refine((rules) => new Set(rules.map((rule) => rule.id)).size === rules.length, {
    message: 'two rules share an id',
  });
export type BusinessRules = z.infer<typeof BusinessRules>;
