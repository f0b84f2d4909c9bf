import type { MappingConfig } from '@bpkc/shared-types';

import { PermanentSyncError } from './mapping-failure';
import type { Minor } from './money';

/** The Brightpearl tax code for a Kentico tax rate (percent). */
export function taxCodeForRate(mapping: MappingConfig, rate: number): string {
  const entry = Object.entries(mapping.taxCodes).find(([mapped]) => Number(mapped) === rate);
  if (!entry) {
    throw new PermanentSyncError(
      'unmapped-tax-rate',
      `tax rate ${rate} % has no Brightpearl tax code`,
      {
        field: 'taxCodes',
        rate,
      },
    );
  }
  return entry[1];
}

/**
 * Kentico stores shipping tax only inside OrderTotalTax, so the rate is inferred: the mapped rate
 * whose tax on the net is within a cent of what was charged.
 */
export function taxCodeForAmounts(mapping: MappingConfig, net: Minor, tax: Minor): string {
  if (tax === 0) return taxCodeForRate(mapping, 0);
  const match = Object.entries(mapping.taxCodes).find(
    ([rate]) => Math.abs(Math.round((net * Number(rate)) / 100) - tax) <= 100,
  );
  if (!match) {
    throw new PermanentSyncError(
      'unmapped-tax-rate',
      `shipping tax ${tax / 10_000} on ${net / 10_000} matches no mapped tax rate`,
      { field: 'taxCodes' },
    );
  }
  return match[1];
}
