/**
 * Kentico stores money as decimal(19,4). We compute in integer ten-thousandths ("units") so that
 * sums and tax never drift, and only turn units into JSON numbers (2 dp) at the edge.
 * All helpers assume non-negative amounts: order money is never negative in this model.
 */
export type Units = number;

const UNITS_PER_MAJOR = 10_000;
const UNITS_PER_PENNY = 100;
/** A tax rate in percent with up to 4 decimals, scaled to an integer. */
const RATE_SCALE = 10_000;

/** Integer division rounding half away from zero (commercial rounding), exact below 2^53. */
function divRoundHalfUp(numerator: number, divisor: number): number {
  const remainder = numerator % divisor;
  const quotient = (numerator - remainder) / divisor;
  return 2 * remainder >= divisor ? quotient + 1 : quotient;
}

export function toUnits(amount: number): Units {
  return Math.round(amount * UNITS_PER_MAJOR);
}

export function roundToPenny(units: Units): Units {
  return divRoundHalfUp(units, UNITS_PER_PENNY) * UNITS_PER_PENNY;
}

/** Tax on a net amount, rounded to the penny (UK VAT is rounded per line). */
export function taxOn(net: Units, ratePercent: number): Units {
  const scaledRate = Math.round(ratePercent * RATE_SCALE);
  const pennies = divRoundHalfUp(net * scaledRate, 100 * RATE_SCALE * UNITS_PER_PENNY);
  return pennies * UNITS_PER_PENNY;
}

/**
 * `units × part / whole` rounded to the penny: the share of a line's figure for part of its
 * quantity (e.g. the tax on 1 of 3 units), so a partial refund never carries sub-penny tax.
 */
export function prorate(units: Units, part: number, whole: number): Units {
  return divRoundHalfUp(units * part, whole * UNITS_PER_PENNY) * UNITS_PER_PENNY;
}

/** Units → a JSON number with 2 dp; dividing whole pennies by 100 gives the shortest decimal. */
export function toMoney(units: Units): number {
  return divRoundHalfUp(units, UNITS_PER_PENNY) / 100;
}
