import { z } from 'zod';

import { toUnits } from '../decimal';

/**
 * An amount as clients send it: a JSON number (`100.0` in the recording, reference §9.1) or a
 * decimal string, at most 4 dp; ≥ 0. Becomes ten-thousandths (decimal.ts).
 */
export const Money = z
  .union([z.number(), z.string().regex(/^\d+(\.\d{1,4})?$/, 'a decimal with at most 4 dp')])
  .transform((value) => (typeof value === 'number' ? Math.round(value * 10_000) : toUnits(value)))
  .refine((units) => Number.isFinite(units) && units >= 0, { message: 'must be 0 or more' });
