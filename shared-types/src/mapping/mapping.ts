import { z } from 'zod';

import { BusinessRules } from '../shaping/rules';
import { ChecksConfig } from '../shaping/checks';
import { IntegrationSettings } from '../shaping/settings';
import { TransformSet } from '../shaping/transforms';

/**
 * The merchant's mapping between Kentico and Brightpearl values. Loaded from a JSON file and
 * validated on start, so a typo is a clear start-up error instead of a dead letter per order.
 * Kentico keys are code names (OrderStatusName, ShippingMethodName), never display names.
 */
export const MappingConfig = z.object({
  version: z.literal(1),
  brightpearl: z.object({
    channelId: z.number().int().positive(),
    warehouseId: z.number().int().positive(),
    priceListId: z.number().int().nonnegative(),
    /** EXC: Kentico prices exclude tax (the rows carry net and tax separately). */
    priceMode: z.enum(['EXC', 'INC']).default('EXC'),
    /**
     * Override only, normally absent: sent with externalRef (together Brightpearl's uniqueness
     * key for sales orders), the id is read from Brightpearl's answers and the OAuth connect.
     * Kept so mapping documents saved with it still load.
     */
    installedIntegrationInstanceId: z.number().int().nonnegative().optional(),
    salesNominalCode: z.string().default('4000'),
    shippingNominalCode: z.string().default('4040'),
  }),
  /** Kentico order status code name → Brightpearl order status id for the new sales order. */
  orderStatuses: z.record(z.string().min(1), z.number().int().positive()),
  /** Kentico shipping method code name → Brightpearl shipping method id. */
  shippingMethods: z.record(z.string().min(1), z.number().int().positive()),
  /** Tax rate percent as written by Kentico (e.g. "20", "5", "0") → Brightpearl tax code. */
  taxCodes: z.record(z.string().regex(/^\d+(\.\d+)?$/), z.string().min(1)),
  /** Currencies the Brightpearl account accepts on orders; anything else is a dead letter. */
  currencies: z.array(z.string().length(3)).min(1),
  /** Which Brightpearl warehouses make up the stock Kentico may sell (default: the order warehouse). */
  stock: z
    .object({ warehouseIds: z.array(z.number().int().positive()).min(1).optional() })
    .prefault({}),
  /**
   * Who owns each field group. products: 'brightpearl' (imported into Kentico), 'kentico'
   * (authored in Kentico, created in Brightpearl) or 'none'; prices and stock flow from
   * Brightpearl or not at all.
   */
  catalog: z
    .object({
      products: z.enum(['brightpearl', 'kentico', 'none']).default('brightpearl'),
      prices: z.enum(['brightpearl', 'none']).default('brightpearl'),
      stock: z.enum(['brightpearl', 'none']).default('brightpearl'),
      /** Brightpearl requires a brand on product create (PRDC-014). */
      defaultBrandId: z.number().int().positive().optional(),
    })
    .prefault({}),
  /**
   * Order status after creation. `kenticoOwned` Kentico statuses are pushed to Brightpearl
   * (through `orderStatuses`); `fromBrightpearl` maps Brightpearl status ids back to Kentico.
   */
  statusSync: z
    .object({
      kenticoOwned: z.array(z.string()).default([]),
      fromBrightpearl: z.record(z.string().regex(/^\d+$/), z.string()).default({}),
    })
    .prefault({}),
  /** Kentico statuses that mean "paid", and payment method code name → Brightpearl method code. */
  payments: z
    .object({
      paidStatuses: z.array(z.string()).default([]),
      methods: z.record(z.string(), z.string().max(36)).default({}),
      /** Post payment fees as journal entries (debit fee nominal, credit bank nominal). */
      feeJournal: z
        .object({
          journalType: z.string().min(1),
          feeNominalCode: z.string().min(1),
          bankNominalCode: z.string().min(1),
        })
        .optional(),
    })
    .prefault({}),
  fulfilment: z
    .object({
      shippedStatus: z.string().optional(),
      partiallyShippedStatus: z.string().optional(),
      /** Brightpearl shipping method id → carrier name shown in Kentico. */
      carriers: z.record(z.string().regex(/^\d+$/), z.string()).default({}),
    })
    .prefault({}),
  refunds: z
    .object({
      /** Brightpearl status of new sales credits; Kentico status after a Brightpearl credit. */
      creditStatusId: z.number().int().positive().optional(),
      refundedStatus: z.string().optional(),
      /** Brightpearl payment method for refund payments. */
      paymentMethodCode: z.string().max(36).optional(),
    })
    .prefault({}),
  /** Who owns each customer field group; the other side never overwrites it. */
  customers: z
    .object({
      identity: z.enum(['kentico', 'brightpearl']).default('kentico'),
      /**
       * Brightpearl only: its contact PATCH documents no path for credit limit or credit term
       * days (reference §6.4); they are set on the contact record in Brightpearl.
       */
      credit: z
        .literal('brightpearl', {
          error: 'credit terms can only be owned by Brightpearl: its API cannot update them',
        })
        .default('brightpearl'),
    })
    .prefault({}),
  /** Kentico SKU → Brightpearl SKU, for products whose SKUs differ (accepted suggestions land here). */
  products: z
    .object({ skuAliases: z.record(z.string().min(1), z.string().min(1)).default({}) })
    .prefault({}),
  /** Field transforms (JSONata) applied on top of the mapping above. */
  transforms: TransformSet,
  /** Ordered business rules: hold, route, note, tag or skip. */
  rules: BusinessRules,
  /** Validation and anomaly checks, each off / warn / hold / block. */
  checks: ChecksConfig,
  /** Flows, schedules, go-live date and alert recipients (the rest of what used to be environment). */
  settings: IntegrationSettings,
});
export type MappingConfig = z.infer<typeof MappingConfig>;
