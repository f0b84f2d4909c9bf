import type { KenticoLookupOptions, MappingConfig, SuggestionKind } from '@bpkc/shared-types';

import { listOpenLetters } from '../../dead-letters/dead-letter-reports';
import type { Db } from '../../store';

/** A Kentico value nothing maps yet, with where it was seen. */
export interface UnmappedValue {
  kind: SuggestionKind;
  value: string;
  label: string;
  seenIn: string;
}

const LETTER_REASONS: Record<string, SuggestionKind> = {
  'unmapped-order-status': 'orderStatus',
  'unmapped-shipping-method': 'shippingMethod',
  'unmapped-tax-rate': 'taxRate',
  'unknown-sku': 'sku',
};
const LETTERS_READ = 500;

/** Is the value mapped already (then nothing is proposed for it)? */
export function isMapped(mapping: MappingConfig, kind: SuggestionKind, value: string): boolean {
  const has = (record: Record<string, unknown>) => Object.hasOwn(record, value);
  switch (kind) {
    case 'orderStatus':
      return has(mapping.orderStatuses);
    case 'shippingMethod':
      return has(mapping.shippingMethods);
    case 'paymentMethod':
      return has(mapping.payments.methods);
    case 'taxRate':
      return Object.keys(mapping.taxCodes).some((rate) => Number(rate) === Number(value));
    case 'sku':
      return has(mapping.products.skuAliases);
  }
}

/** The values failed orders named (details written by the order flow's PermanentSyncError). */
async function valuesInFailures(
  db: Db,
): Promise<Map<string, { kind: SuggestionKind; value: string; count: number }>> {
  const seen = new Map<string, { kind: SuggestionKind; value: string; count: number }>();
  for (const [reason, kind] of Object.entries(LETTER_REASONS)) {
    const { rows } = await listOpenLetters(db, {
      reason,
      flow: null,
      limit: LETTERS_READ,
      offset: 0,
    });
    for (const row of rows) {
      for (const value of valuesOf(kind, row.payload)) {
        const key = `${kind}:${value}`;
        const entry = seen.get(key) ?? { kind, value, count: 0 };
        entry.count += 1;
        seen.set(key, entry);
      }
    }
  }
  return seen;
}

function valuesOf(kind: SuggestionKind, payload: unknown): string[] {
  const details = (payload as { details?: Record<string, unknown> } | null)?.details ?? {};
  if (kind === 'sku') {
    return Array.isArray(details.skus) ? details.skus.filter((sku) => typeof sku === 'string') : [];
  }
  const value = kind === 'taxRate' ? details.rate : details.value;
  return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
}

const KENTICO_LISTS: Array<[SuggestionKind, keyof KenticoLookupOptions, string]> = [
  ['orderStatus', 'orderStatuses', "Kentico's order statuses"],
  ['shippingMethod', 'shippingMethods', "Kentico's shipping methods"],
  ['paymentMethod', 'paymentMethods', "Kentico's payment methods"],
];

/**
 * Every unmapped value: Kentico's lists (cached, no call) and the values open failures named.
 * A value in both says how many failed orders wait for it.
 */
export async function unmappedValues(
  db: Db,
  input: { mapping: MappingConfig; kentico: KenticoLookupOptions | null },
): Promise<UnmappedValue[]> {
  const failures = await valuesInFailures(db);
  const found = new Map<string, UnmappedValue>();
  for (const [kind, list, where] of KENTICO_LISTS) {
    // A method switched off in Kentico takes no orders: not worth the merchant's attention.
    for (const option of (input.kentico?.[list] ?? []).filter((item) => !item.inactive)) {
      found.set(`${kind}:${option.value}`, {
        kind,
        value: option.value,
        label: option.label,
        seenIn: where,
      });
    }
  }
  for (const [key, failure] of failures) {
    const orders = `${failure.count} failed order${failure.count === 1 ? '' : 's'}`;
    const known = found.get(key);
    found.set(key, {
      kind: failure.kind,
      value: failure.value,
      label: known?.label ?? failure.value,
      seenIn: orders,
    });
  }
  return [...found.values()].filter((item) => !isMapped(input.mapping, item.kind, item.value));
}
