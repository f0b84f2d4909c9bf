/**
 * Exact decimal money. Brightpearl carries money and quantities as strings with at most 4 dp
 * (reference §5.2, §12.8), so the simulator counts in ten-thousandths to avoid float drift.
 */
const SCALE = 10_000;
const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,4}))?$/;

/** "12.3" → 123000. Throws on anything that is not a ≤4 dp decimal string. */
export function toUnits(value: string): number {
  const match = DECIMAL.exec(value);
  if (!match) throw new RangeError(`not a decimal with at most 4 dp: "${value}"`);
  const units = Number(match[2]) * SCALE + Number((match[3] ?? '').padEnd(4, '0'));
  return match[1] === '-' ? -units : units;
}

/** 123000 → "12.30" (minDp 2); trailing zeros beyond minDp are dropped, never beyond 4 dp. */
export function formatUnits(units: number, minDp = 2): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(Math.round(units));
  let fraction = String(abs % SCALE).padStart(4, '0');
  while (fraction.length > minDp && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const whole = Math.floor(abs / SCALE);
  return fraction.length > 0 ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** Unit price = row net / quantity, rounded to 4 dp (the rows carry totals, §5.4). */
export function divideUnits(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator * SCALE) / denominator);
}

export const isWholeNumber = (units: number): boolean => units % SCALE === 0;

export const sumUnits = (values: number[]): number => values.reduce((sum, value) => sum + value, 0);
