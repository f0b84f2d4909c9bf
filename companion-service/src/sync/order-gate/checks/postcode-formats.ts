/**
 * Postcode formats of the countries merchants ship to most, keyed by ISO alpha-3. A postcode is
 * compared after trimming and upper-casing, with runs of spaces collapsed to one.
 *
 * Countries not in this table get the required-field checks only: their postcode is neither
 * required nor format-checked, because we do not know whether they use one or what it looks like.
 * `required: false` marks countries in the table whose addresses may lawfully have no postcode
 * (Ireland: Eircodes exist for every address but are not yet used on every order).
 */
export interface PostcodeFormat {
  pattern: RegExp;
  /** Shown in the reason so the merchant sees what a good one looks like. */
  example: string;
  required: boolean;
}

const format = (pattern: RegExp, example: string, required = true): PostcodeFormat => ({
  pattern,
  example,
  required,
});

const FIVE_DIGITS = /^\d{5}$/;
const FOUR_DIGITS = /^\d{4}$/;
const FOUR_DIGITS_NO_LEADING_ZERO = /^[1-9]\d{3}$/;
const THREE_AND_TWO_DIGITS = /^\d{3} ?\d{2}$/;

export const POSTCODE_FORMATS: Readonly<Record<string, PostcodeFormat>> = {
  GBR: format(/^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/, 'SW1A 1AA'),
  // Crown dependencies use the UK scheme.
  GGY: format(/^GY\d{1,2} ?\d[A-Z]{2}$/, 'GY1 1AA'),
  JEY: format(/^JE\d ?\d[A-Z]{2}$/, 'JE2 3AB'),
  IMN: format(/^IM\d{1,2} ?\d[A-Z]{2}$/, 'IM1 1AA'),
  USA: format(/^\d{5}(-\d{4})?$/, '10001 or 10001-1234'),
  CAN: format(/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, 'K1A 0B1'),
  MEX: format(FIVE_DIGITS, '06500'),
  BRA: format(/^\d{5}-?\d{3}$/, '01310-100'),
  DEU: format(FIVE_DIGITS, '10115'),
  FRA: format(FIVE_DIGITS, '75008'),
  MCO: format(/^980\d{2}$/, '98000'),
  NLD: format(/^[1-9]\d{3} ?[A-Z]{2}$/, '1012 AB'),
  IRL: format(/^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/, 'D02 X285', false),
  AUS: format(FOUR_DIGITS, '2000'),
  NZL: format(FOUR_DIGITS, '6011'),
  ESP: format(/^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, '28013'),
  ITA: format(FIVE_DIGITS, '00184'),
  PRT: format(/^\d{4}-\d{3}$/, '1100-148'),
  BEL: format(FOUR_DIGITS_NO_LEADING_ZERO, '1000'),
  LUX: format(/^(L-)?\d{4}$/, '1111'),
  CHE: format(FOUR_DIGITS_NO_LEADING_ZERO, '8001'),
  LIE: format(/^94(8[5-9]|9[0-8])$/, '9490'),
  AUT: format(FOUR_DIGITS_NO_LEADING_ZERO, '1010'),
  DNK: format(/^(DK-)?[1-9]\d{3}$/, '1050'),
  NOR: format(FOUR_DIGITS, '0150'),
  SWE: format(/^(SE-)?[1-9]\d{2} ?\d{2}$/, '114 55'),
  FIN: format(FIVE_DIGITS, '00100'),
  ISL: format(/^\d{3}$/, '101'),
  POL: format(/^\d{2}-\d{3}$/, '00-950'),
  CZE: format(THREE_AND_TWO_DIGITS, '110 00'),
  SVK: format(THREE_AND_TWO_DIGITS, '811 01'),
  GRC: format(THREE_AND_TWO_DIGITS, '105 57'),
  HUN: format(FOUR_DIGITS_NO_LEADING_ZERO, '1051'),
  SVN: format(/^(SI-)?\d{4}$/, '1000'),
  HRV: format(/^[1-5]\d{4}$/, '10000'),
  ROU: format(/^\d{6}$/, '010011'),
  BGR: format(FOUR_DIGITS, '1000'),
  EST: format(FIVE_DIGITS, '10111'),
  LVA: format(/^(LV-)?\d{4}$/, 'LV-1050'),
  LTU: format(/^(LT-)?\d{5}$/, 'LT-01100'),
  JPN: format(/^\d{3}-?\d{4}$/, '100-0001'),
  KOR: format(FIVE_DIGITS, '03187'),
  CHN: format(/^\d{6}$/, '100000'),
  IND: format(/^[1-9]\d{2} ?\d{3}$/, '110001'),
  SGP: format(/^\d{6}$/, '018956'),
  ZAF: format(FOUR_DIGITS, '8001'),
};

/** The comparable form of a postcode: trimmed, upper case, single spaces. */
export const normalisePostcode = (postcode: string): string =>
  postcode.trim().toUpperCase().replace(/\s+/g, ' ');
