import { z } from 'zod';

/** Settings of the sandbox demo (`npm start` with no Brightpearl/Kentico settings). */
const DemoEnv = z.object({
  DEMO_ORDERS_PER_SECOND: z.coerce.number().positive().max(50).default(1),
  DEMO_BAD_ORDER_SHARE: z.coerce.number().min(0).max(1).default(0.03),
  DEMO_DATA_DIR: z.string().default('.data/sandbox'),
  DEMO_MAX_ORDERS: z.coerce.number().int().positive().optional(),
  BRIGHTPEARL_REQUEST_CAP: z.coerce.number().int().positive().default(200),
  PORT: z.coerce.number().int().min(0).max(65535).default(4100),
});
export type DemoConfig = z.infer<typeof DemoEnv>;

export function loadDemoConfig(
  source: Record<string, string | undefined> = process.env,
): DemoConfig {
  return DemoEnv.parse(source);
}
