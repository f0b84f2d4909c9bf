/**
 * Money in 1/10 000 units, the precision of Kentico's decimal(19,4) and of Brightpearl's row
 * values, so sums never drift the way binary floats do.
 */
export type Minor = number;

export const toMinor = (amount: number): Minor => Math.round(amount * 10_000);

/** Brightpearl takes money as strings with at most 4 dp (reference §5.2). */
export function toDecimalString(minor: Minor): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 10_000);
  const fraction = String(abs % 10_000)
    .padStart(4, '0')
    .replace(/0{1,2}$/, '');
  return `${sign}${whole}.${fraction.padEnd(2, '0')}`;
}
