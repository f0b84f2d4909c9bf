import type {
  BrightpearlLookupOptions,
  LookupOption,
  Lookups,
  LookupSource,
  MappingConfig,
  MappingIssue,
} from '@bpkc/shared-types';

import { brightpearlReferences, kenticoReferences, type Reference } from './mapping-references';

/** A finding, with the side whose list it was checked against (a re-read is per side). */
export type SourcedIssue = MappingIssue & { source?: LookupSource };

/**
 * Every value of the mapping against both platforms' lists, each wrong value named with what
 * the account has instead, plus the price list's fit with `priceMode`. Pure: no calls.
 */
export function referenceIssues(mapping: MappingConfig, lookups: Lookups): SourcedIssue[] {
  return [
    ...sideIssues(lookups, 'kentico', kenticoReferences(mapping)),
    ...sideIssues(lookups, 'brightpearl', brightpearlReferences(mapping)),
    ...(lookups.brightpearl ? priceListIssues(mapping, lookups.brightpearl) : []),
  ];
}

const SIDE_NAME: Record<LookupSource, string> = { kentico: 'Kentico', brightpearl: 'Brightpearl' };

function sideIssues(lookups: Lookups, source: LookupSource, references: Reference[]) {
  const lists = lookups[source] as Record<string, LookupOption[]> | null;
  if (!lists) {
    const why = lookups.errors.find((error) => error.source === source)?.message;
    const message = `${SIDE_NAME[source]} lists are unavailable${why ? ` (${why})` : ''}: its values were not checked`;
    return [{ path: '', message, severity: 'warning' as const }];
  }
  // An account that lists no nominal codes at all most likely hides the list from this app:
  // flagging every code would be noise, so say once that they were not checked.
  const unlisted = (list: string) => list === 'nominalCodes' && (lists[list] ?? []).length === 0;
  const notChecked = references.some((reference) => unlisted(reference.list))
    ? [
        {
          path: '',
          message: 'Brightpearl lists no nominal codes: they were not checked',
          severity: 'warning' as const,
        },
      ]
    : [];
  return [
    ...notChecked,
    ...references
      .filter((reference) => !unlisted(reference.list))
      .flatMap((reference) => referenceIssue(reference, lists[reference.list] ?? [])),
  ];
}

function referenceIssue(reference: Reference, options: LookupOption[]): SourcedIssue[] {
  const found = options.find((option) => option.value === reference.value);
  const { path, source } = reference;
  if (!found)
    return [{ path, message: unknownMessage(reference, options), severity: 'error', source }];
  if (!found.inactive) return [];
  // Journals refuse inactive nominal codes (reference §9.3); a disabled status or an inactive
  // payment method is still accepted, but is rarely what the merchant meant.
  const severity = reference.list === 'nominalCodes' ? 'error' : 'warning';
  return [
    { path, message: `${what(reference)} ${shown(reference)} is inactive`, severity, source },
  ];
}

const WHAT: Record<string, string> = {
  orderStatuses: 'order status',
  shippingMethods: 'shipping method',
  paymentMethods: 'payment method',
  warehouses: 'warehouse',
  channels: 'channel',
  priceLists: 'price list',
  taxCodes: 'tax code',
  nominalCodes: 'nominal code',
};

/** Lists whose values are numeric ids (shown bare), not codes (shown quoted). */
const BY_ID = new Set(['orderStatuses', 'shippingMethods', 'warehouses', 'channels', 'priceLists']);

const what = (reference: Reference) =>
  `${SIDE_NAME[reference.source]} ${WHAT[reference.list] ?? reference.list}`;

const shown = (reference: Reference) =>
  reference.source === 'brightpearl' && BY_ID.has(reference.list)
    ? reference.value
    : `"${reference.value}"`;

function unknownMessage(reference: Reference, options: LookupOption[]): string {
  // Code names must match exactly (the sync looks them up as written); a case slip is common.
  const wanted = reference.value.toLowerCase();
  const near = options.find((option) => option.value.toLowerCase() === wanted);
  const hint = near ? ` (did you mean "${near.value}"?)` : '';
  if (reference.source === 'kentico')
    return `"${reference.value}" is not a ${what(reference)}${hint}`;
  return `${what(reference)} ${shown(reference)} does not exist${hint} (the account has ${accountHas(options)})`;
}

const LISTED = 12;

/** e.g. `1 "Cost", 2 "Retail"`, or `T20 — Standard rate (20%)` when the label names the code. */
export function accountHas(options: LookupOption[]): string {
  if (options.length === 0) return 'none';
  const named = options
    .slice(0, LISTED)
    .map((option) =>
      option.label.startsWith(option.value) ? option.label : `${option.value} "${option.label}"`,
    );
  const more = options.length > LISTED ? `, … and ${options.length - LISTED} more` : '';
  return named.join(', ') + more;
}

/**
 * The price list the orders name must suit them: its gross flag must agree with `priceMode`
 * (INC = prices include tax), and it must be a selling list, not the cost (BUY) list.
 */
function priceListIssues(
  mapping: MappingConfig,
  account: BrightpearlLookupOptions,
): SourcedIssue[] {
  const { priceListId, priceMode } = mapping.brightpearl;
  const list = account.priceLists.find((option) => option.value === String(priceListId));
  if (!list) return [];
  const named = `price list ${list.value} "${list.label}"`;
  const issues: SourcedIssue[] = [];
  if (list.gross !== undefined && list.gross !== (priceMode === 'INC')) {
    const fix = list.gross
      ? 'set priceMode "INC" or pick a net list'
      : 'set priceMode "EXC" or pick a gross list';
    issues.push({
      path: 'brightpearl.priceMode',
      message: `priceMode "${priceMode}" (${priceMode === 'INC' ? 'gross' : 'net'}) but ${named} is ${list.gross ? 'gross' : 'net'}: ${fix}`,
      severity: 'error',
      source: 'brightpearl',
    });
  }
  if (list.type === 'BUY') {
    issues.push({
      path: 'brightpearl.priceListId',
      message: `${named} is a purchase (BUY) list: sales orders and shop prices need a SELL list`,
      severity: 'error',
      source: 'brightpearl',
    });
  }
  return issues;
}
