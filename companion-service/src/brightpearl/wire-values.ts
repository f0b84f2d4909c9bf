import { z } from 'zod';

/**
 * Money and quantities arrive as strings ("9.0909") in order and price records and as numbers
 * elsewhere; both decode to a number. The regex keeps an empty string from reading as 0.
 */
export const Amount = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/, 'a decimal'),
  ])
  .transform(Number)
  .pipe(z.number());

/** Map keys that must be ids: GON ids, order-row ids (reference §12.12). */
export const IdKey = z.string().regex(/^\d+$/, 'keys must be ids');

/**
 * Start of a "since" window. An explicit offset is required: Brightpearl reads a bare local time
 * in the account's zone (reference §12.7).
 */
export const Since = z.iso.datetime({ offset: true });

/** `from/` is the open-ended range of a PERIOD search column (reference §4). */
export function fromPeriod(since: string): string {
  return `${since}/`;
}

/** Brightpearl writes "not set" as "" on text fields (e.g. `shipping.reference`); one null here. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Rounds away float noise (0.1 + 0.2) before a value is sent; Brightpearl keeps ≤ 4 dp. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** PUT/status answers: `{}` is recorded; an empty body would mean the same. */
export const EmptyResponse = z.union([z.object({}), z.literal('')]);
