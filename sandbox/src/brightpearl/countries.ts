/**
 * Countries the sandbox account knows. Input uses ISO-3 `countryIsoCode`; output adds ISO-2
 * and Brightpearl's numeric countryId (reference §5.5, §6.1). Only GBR → 222 is from a
 * recording; the other ids are made up but stable.
 */
export interface Country {
  iso3: string;
  iso2: string;
  id: number;
  name: string;
}

const TABLE: Array<[string, string, number, string]> = [
  ['GBR', 'GB', 222, 'United Kingdom'],
  ['IRL', 'IE', 103, 'Ireland'],
  ['USA', 'US', 223, 'United States'],
  ['CAN', 'CA', 38, 'Canada'],
  ['AUS', 'AU', 13, 'Australia'],
  ['NZL', 'NZ', 153, 'New Zealand'],
  ['FRA', 'FR', 73, 'France'],
  ['DEU', 'DE', 81, 'Germany'],
  ['NLD', 'NL', 150, 'Netherlands'],
  ['BEL', 'BE', 21, 'Belgium'],
  ['LUX', 'LU', 124, 'Luxembourg'],
  ['ESP', 'ES', 195, 'Spain'],
  ['PRT', 'PT', 171, 'Portugal'],
  ['ITA', 'IT', 105, 'Italy'],
  ['AUT', 'AT', 14, 'Austria'],
  ['CHE', 'CH', 204, 'Switzerland'],
  ['CZE', 'CZ', 56, 'Czech Republic'],
  ['SVK', 'SK', 189, 'Slovakia'],
  ['POL', 'PL', 170, 'Poland'],
  ['HUN', 'HU', 97, 'Hungary'],
  ['SWE', 'SE', 203, 'Sweden'],
  ['DNK', 'DK', 57, 'Denmark'],
  ['NOR', 'NO', 160, 'Norway'],
  ['FIN', 'FI', 72, 'Finland'],
  ['GRC', 'GR', 84, 'Greece'],
  ['JPN', 'JP', 107, 'Japan'],
];

const BY_ISO3 = new Map(TABLE.map(([iso3, iso2, id, name]) => [iso3, { iso3, iso2, id, name }]));

export const findCountry = (iso3: string): Country | undefined => BY_ISO3.get(iso3.toUpperCase());
