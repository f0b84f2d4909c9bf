import { z } from 'zod';

/** Every error answer of the admin API: what went wrong and, for a bad input, which field. */
export const ApiError = z.object({
  error: z.string(),
  field: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiError>;

/** Paging of every admin list: `limit` 1-200 (default 50), `offset` from 0. */
export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type Paging = z.infer<typeof Paging>;

/** A page of `item`, with the total the filters match (for the pager). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** ISO 8601 timestamp with offset, as every admin DTO writes times. */
export const Timestamp = z.string();
