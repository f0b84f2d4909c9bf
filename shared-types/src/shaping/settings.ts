import { z } from 'zod';

// Settings a merchant changes in the admin. Environment variables remain for secrets and wiring
// only; where an environment variable existed before, it seeds the first stored version and an
// absent setting here means "the environment's value".

export const FLOW_NAMES = [
  'orders',
  'stock',
  'catalog',
  'shipments',
  'statuses',
  'payments',
  'refunds',
  'customers',
] as const;
export const FlowName = z.enum(FLOW_NAMES);
export type FlowName = z.infer<typeof FlowName>;

const on = () => z.boolean().default(true);
export const FlowSwitches = z
  .object({
    orders: on(),
    stock: on(),
    catalog: on(),
    shipments: on(),
    statuses: on(),
    payments: on(),
    refunds: on(),
    customers: on(),
  })
  .prefault({});
export type FlowSwitches = z.infer<typeof FlowSwitches>;

export const IntegrationSettings = z
  .object({
    /** A flow switched off keeps its events (nothing is lost) and catches up when switched on. */
    flows: FlowSwitches,
    schedules: z
      .object({
        /** Order reconciliation sweep, seconds (0: off). Absent: RECONCILE_SECONDS. */
        reconcileSeconds: z.number().int().min(0).max(86_400).optional(),
        /** Stock full compare, minutes (0: off). Absent: STOCK_FULL_COMPARE_MINUTES. */
        stockFullCompareMinutes: z.number().int().min(0).max(10_080).optional(),
        /** Brightpearl credits and contacts sweep, seconds. Absent: SWEEP_SECONDS. */
        sweepSeconds: z.number().int().min(10).max(86_400).optional(),
      })
      .prefault({}),
    /** Orders modified before this instant are never reconciled. Absent: GO_LIVE_DATE / first start. */
    goLiveDate: z.iso.datetime({ offset: true }).optional(),
    alerts: z
      .object({
        /** E-mail recipients (the SMTP server and its password stay in the environment). */
        emailTo: z.array(z.email()).max(50).optional(),
        digestSeconds: z.number().int().min(30).max(86_400).optional(),
        deadLetterGrowth: z.number().int().min(1).optional(),
        budgetExhaustedMinutes: z.number().int().min(1).optional(),
        /** Held orders alert like failures unless switched off. */
        heldOrders: z.boolean().default(true),
      })
      .prefault({}),
    /** Brightpearl order custom field (PCF_…, a text field) that rule tags are written to. */
    orderTagField: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/)
      .optional(),
  })
  .prefault({});
export type IntegrationSettings = z.infer<typeof IntegrationSettings>;
