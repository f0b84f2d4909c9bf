import { z } from 'zod';

// Validation and anomaly checks run before an order is sent. Each has a mode: off, warn (a
// finding on the order, sent anyway), hold (the Held list) or block (a failure with the reason).
// No hidden scoring: every finding names its check and says why in plain words.

export const CheckMode = z.enum(['off', 'warn', 'hold', 'block']);
export type CheckMode = z.infer<typeof CheckMode>;

export const CHECK_NAMES = [
  'address',
  'phone',
  'email',
  'totals',
  'valueOutlier',
  'quantityOutlier',
  'duplicate',
] as const;
export const CheckName = z.enum(CHECK_NAMES);
export type CheckName = z.infer<typeof CheckName>;

const mode = (fallback: CheckMode) => CheckMode.default(fallback);

export const ChecksConfig = z
  .object({
    /** Required fields and the postcode format of the address's country. */
    address: z.object({ mode: mode('warn') }).prefault({}),
    /** Phone numbers parse as valid for the address's country (libphonenumber-js). */
    phone: z.object({ mode: mode('warn') }).prefault({}),
    email: z.object({ mode: mode('warn') }).prefault({}),
    /** Rows + shipping + tax = grand total, within `tolerance` (order currency units). */
    totals: z
      .object({ mode: mode('warn'), tolerance: z.number().nonnegative().max(10).default(0.05) })
      .prefault({}),
    /**
     * Grand total far from this store's recent orders: |x − median| / (1.4826 × MAD) above
     * `threshold`, judged only once `minHistory` orders are known.
     */
    valueOutlier: z
      .object({
        mode: mode('warn'),
        threshold: z.number().positive().default(6),
        minHistory: z.number().int().min(5).default(30),
      })
      .prefault({}),
    quantityOutlier: z
      .object({
        mode: mode('warn'),
        threshold: z.number().positive().default(6),
        minHistory: z.number().int().min(5).default(30),
      })
      .prefault({}),
    /** Same customer e-mail and same basket (SKUs and quantities) within `windowMinutes`. */
    duplicate: z
      .object({ mode: mode('warn'), windowMinutes: z.number().int().min(1).max(1440).default(10) })
      .prefault({}),
  })
  .prefault({});
export type ChecksConfig = z.infer<typeof ChecksConfig>;

/** One finding of a check or a rule, as stored with the order and shown to the merchant. */
export const Finding = z.object({
  /** A check name, or `rule:<id>` for a business rule. */
  source: z.string(),
  outcome: z.enum(['warn', 'hold', 'block', 'skip']),
  /** Plain-language reason, e.g. "Postcode \"SW1A 1A\" is not a valid UK postcode". */
  reason: z.string(),
  /** The order field it is about, e.g. "Addresses.Shipping.OrderAddressZip". */
  field: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;
