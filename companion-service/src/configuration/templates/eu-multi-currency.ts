import type { MappingConfig } from '@bpkc/shared-types';

import { SHIPPING_COUNTRY, stillToMap, type TemplateDefinition } from './template';

const CURRENCIES = ['EUR', 'GBP', 'USD'] as const;

/** EU member states plus the UK and the US: the countries the warehouse table starts with. */
const COUNTRIES = [
  'GBR', 'IRL', 'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU',
  'GRC', 'HUN', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN',
  'ESP', 'SWE', 'USA',
]; // prettier-ignore

const table = (keys: readonly string[], id: number) =>
  `{${keys.map((key) => `"${key}": ${id}`).join(', ')}}`;

/** A currency → price list table; every currency starts on today's list (no invented ids). */
export const priceListByCurrency = (priceListId: number) =>
  `$lookup(${table(CURRENCIES, priceListId)}, BpcCurrencyCode)`;

/** A shipping country → warehouse table with today's warehouse as the fallback. */
export const warehouseByCountry = (warehouseId: number) =>
  `(
  $byCountry := ${table(COUNTRIES, warehouseId)};
  $chosen := $lookup($byCountry, ${SHIPPING_COUNTRY});
  $exists($chosen) ? $chosen : ${warehouseId}
)`;

/** Orders in euros, pounds and dollars; price list by currency, warehouse by shipping country. */
export const euMultiCurrency: TemplateDefinition = {
  id: 'eu-multi-currency',
  name: 'EU multi-currency',
  description:
    'Selling across Europe, the UK and the US in EUR, GBP and USD: the price list follows the order currency and the warehouse follows the shipping country.',
  highlights: [
    'EUR, GBP and USD accepted',
    'Price list chosen by the order currency',
    'Warehouse chosen by the shipping country',
    'Totals checks warn on rounding differences between currencies',
  ],
  apply(current: MappingConfig) {
    const { priceListId, warehouseId } = current.brightpearl;
    return {
      mapping: {
        ...current,
        currencies: [...CURRENCIES],
        transforms: {
          ...current.transforms,
          salesOrder: {
            ...current.transforms.salesOrder,
            priceListId: priceListByCurrency(priceListId),
            warehouseId: warehouseByCountry(warehouseId),
          },
        },
        checks: { ...current.checks, totals: { ...current.checks.totals, mode: 'warn' } },
      },
      stillToMap: [
        stillToMap(
          'transforms.salesOrder.priceListId',
          `every currency uses price list ${priceListId} until you set the EUR and USD price lists in this table`,
        ),
        stillToMap(
          'transforms.salesOrder.warehouseId',
          `every country ships from warehouse ${warehouseId} until you set each country's warehouse in this table`,
        ),
      ],
    };
  },
};
