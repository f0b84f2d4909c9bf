import { z } from 'zod';

import { DeadLetterReason } from '../status/dead-letter';

/**
 * What a merchant reads about a failure and how to fix it (companion dead-letters/fix-hints.ts,
 * one table for the admin and the alerts). `href` is an admin screen, relative to the
 * application (e.g. `/mappings#shippingMethods:PigeonPost`).
 */
export const FailureHint = z.object({
  /** The problem in plain words, with names rather than codes. */
  summary: z.string(),
  howToFix: z.string(),
  link: z.object({ label: z.string(), href: z.string() }).nullable(),
  /** The merchant can correct the order's data (address, phone, e-mail) and retry. */
  editable: z.boolean(),
});
export type FailureHint = z.infer<typeof FailureHint>;

const line = (max: number) => z.string().trim().max(max);

/** The address fields an override may correct; absent: keep Kentico's value. */
export const AddressOverride = z
  .object({
    line1: line(200).min(1),
    line2: line(200),
    city: line(100).min(1),
    postcode: line(20).min(1),
    /** ISO 3166-1 alpha-3, as Kentico's extension sends it. */
    countryIsoCode3: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, 'a three-letter ISO country code'),
    phone: line(50),
    email: z.string().trim().email().max(254),
  })
  .partial()
  .strict();
export type AddressOverride = z.infer<typeof AddressOverride>;

/**
 * What a merchant corrected before a retry. Kentico keeps its own copy of the order: the
 * override changes only what is sent to Brightpearl.
 */
export const OrderOverride = z
  .object({
    billing: AddressOverride,
    shipping: AddressOverride,
    customerPhone: line(50),
    customerEmail: z.string().trim().email().max(254),
  })
  .partial()
  .strict();
export type OrderOverride = z.infer<typeof OrderOverride>;

/** POST /failures/:id/edit-and-replay. */
export const EditAndReplayRequest = z.object({
  override: OrderOverride.refine((override) => Object.keys(override).length > 0, {
    message: 'name at least one field to correct',
  }),
});
export type EditAndReplayRequest = z.infer<typeof EditAndReplayRequest>;

/** GET /failures/:id/editable: the values the edit dialog starts from (Kentico's, overridden). */
export const EditableOrderValues = z.object({
  orderGuid: z.string(),
  orderNumber: z.string().nullable(),
  values: OrderOverride,
});
export type EditableOrderValues = z.infer<typeof EditableOrderValues>;

/** GET /failures/export.csv: the list's filters. */
export const FailureExportQuery = z.object({
  reason: DeadLetterReason.optional(),
  flow: z.string().min(1).max(50).optional(),
});
export type FailureExportQuery = z.infer<typeof FailureExportQuery>;
