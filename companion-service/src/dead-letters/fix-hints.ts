import type { DeadLetterReason, FailureHint, Lookups } from '@bpkc/shared-types';

/**
 * For every reason code: what went wrong in plain words and how the merchant fixes it, with a
 * link to the exact admin screen (the mapping row, the product, Held, Suggestions, Connection).
 * One table for the admin's failure screens, the CSV export and the alerts.
 */

/** What a failure's payload names (details written with the PermanentSyncError). */
export interface HintSubject {
  field?: string;
  value?: string;
  skus?: string[];
  rate?: string;
  /** A check's name (check-failed), e.g. `address`. */
  source?: string;
  /** The failure's message, when it is already plain words (a check's finding). */
  message?: string;
}

type Names = Pick<Lookups, 'kentico' | 'brightpearl'> | null;
type Hint = (subject: HintSubject, names: NameOf) => FailureHint;
type NameOf = (
  list: 'shippingMethods' | 'orderStatuses' | 'paymentMethods',
  value: string,
) => string;

const mappingRow = (field: string, value?: string) =>
  value === undefined ? `/mappings#${field}` : `/mappings#${field}:${encodeURIComponent(value)}`;

function fix(
  summary: string,
  howToFix: string,
  more: { link?: [string, string]; editable?: boolean } = {},
): FailureHint {
  const { link, editable = false } = more;
  return { summary, howToFix, link: link ? { label: link[0], href: link[1] } : null, editable };
}

function unmapped(what: string, field: string, list: Parameters<NameOf>[0] | null): Hint {
  return (subject, nameOf) => {
    const value = subject.value ?? '';
    const name = list && value ? nameOf(list, value) : value;
    return fix(
      `${what} ${name || '(none)'} has no Brightpearl ${what.toLowerCase()} in the mapping.`,
      `Map ${name || 'it'} to a Brightpearl ${what.toLowerCase()} in Mappings, then replay.`,
      { link: ['Open the mapping row', mappingRow(field, value || undefined)] },
    );
  };
}

/** Checks about data the merchant can correct in the edit dialog. */
const EDITABLE_CHECKS = /address|phone|email|postcode|zip/i;

/** The mapping's maps a path like `shippingMethods.PigeonPost` can name, in words. */
const MAPS: Array<[string, string, Parameters<NameOf>[0] | null]> = [
  ['shippingMethods', 'shipping method', 'shippingMethods'],
  ['orderStatuses', 'order status', 'orderStatuses'],
  ['payments.methods', 'payment method', 'paymentMethods'],
  ['taxCodes', 'tax rate', null],
];

/** `shippingMethods.PigeonPost` → "shipping method Pigeon post" and its mapping row. */
function mappingPlace(path: string, nameOf: NameOf): { what: string; href: string } {
  for (const [map, words, list] of MAPS) {
    if (!path.startsWith(`${map}.`)) continue;
    const key = path.slice(map.length + 1);
    const name = list ? nameOf(list, key) : `${key}%`;
    return { what: `${words} ${name}`, href: mappingRow(map, key) };
  }
  const setting = path.replace(/^brightpearl\./, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  return { what: path ? `the ${setting.toLowerCase()}` : 'a value', href: mappingRow(path) };
}

const skuSummary = (subject: HintSubject) =>
  subject.skus?.length
    ? `Product SKU ${subject.skus.join(', ')} is not in Brightpearl.`
    : 'A product SKU of this order is not in Brightpearl.';

export const FIX_HINTS: Record<DeadLetterReason, Hint> = {
  'unknown-sku': (subject) =>
    fix(
      skuSummary(subject),
      'Create the product in Brightpearl with the same SKU, or map the Kentico SKU to an existing Brightpearl SKU (alias), then replay.',
      { link: ['Map the SKU', mappingRow('products.skuAliases', subject.skus?.[0])] },
    ),
  'unmapped-shipping-method': unmapped('Shipping method', 'shippingMethods', 'shippingMethods'),
  'unmapped-order-status': unmapped('Order status', 'orderStatuses', 'orderStatuses'),
  'unmapped-tax-rate': (subject) =>
    fix(
      `Tax rate ${subject.rate ?? subject.value ?? ''}% has no Brightpearl tax code in the mapping.`,
      'Map the rate to a Brightpearl tax code in Mappings, then replay.',
      { link: ['Open the mapping row', mappingRow('taxCodes', subject.rate ?? subject.value)] },
    ),
  'unsupported-currency': () =>
    fix(
      'The order is in a currency the Brightpearl account does not have.',
      'Add the currency in Brightpearl (Settings → Currencies), then replay.',
    ),
  'invalid-address': () =>
    fix(
      'The address is incomplete or not valid for Brightpearl.',
      'Correct the address with Edit and retry (Kentico keeps its own copy).',
      { editable: true },
    ),
  'invalid-order': () =>
    fix(
      'Kentico sent the order with data Brightpearl Connect cannot read.',
      'Check the order in Kentico; if it looks right, ask your developer (technical details below).',
    ),
  'order-not-found': () =>
    fix(
      'The order no longer exists in Kentico.',
      'Nothing to send: discard the failure with a short note.',
    ),
  'brightpearl-rejected': () =>
    fix(
      'Brightpearl refused the order.',
      'Read the message: when it names the address, phone or e-mail, use Edit and retry; otherwise correct it in Brightpearl and replay.',
      { editable: true },
    ),
  'write-back-conflict': () =>
    fix(
      'The order changed in Kentico while its Brightpearl details were written back.',
      'Replay: the details are written again on the current order.',
    ),
  'unmapped-brand': (subject) =>
    fix(
      `Brand ${subject.value ?? ''} has no Brightpearl brand in the mapping.`,
      'Map the brand in Mappings, then replay.',
      { link: ['Open the mapping row', mappingRow('brands', subject.value)] },
    ),
  'invalid-mapping': (subject, nameOf) => {
    const place = mappingPlace(subject.field ?? '', nameOf);
    return fix(
      `The mapping of ${place.what} names a Brightpearl value the account does not have.`,
      'Choose a value that exists in Brightpearl (or reload the lists) in Mappings, then replay.',
      { link: ['Open the mapping row', place.href] },
    );
  },
  'invalid-product': () =>
    fix(
      'The product cannot be sent: some of its data is missing or not valid.',
      'Correct the product in Kentico, then replay.',
    ),
  'unknown-payment-method': (subject, nameOf) =>
    fix(
      `Payment method ${subject.value ? nameOf('paymentMethods', subject.value) : ''} has no Brightpearl payment method in the mapping.`,
      'Map the payment method in Mappings, then replay.',
      { link: ['Open the mapping row', mappingRow('payments.methods', subject.value)] },
    ),
  'refund-exceeds-order': () =>
    fix(
      'The refund is larger than what Brightpearl has as paid for the order.',
      'Check the order’s payments in Brightpearl; record the refund there by hand if needed, then discard.',
    ),
  'order-not-in-brightpearl': () =>
    fix(
      'The order this record belongs to is not in Brightpearl yet.',
      'Fix and replay the order’s own failure first, then replay this one.',
    ),
  'journal-uncertain': () =>
    fix(
      'Brightpearl may or may not have recorded the journal; sending again could double it.',
      'Look for the journal in Brightpearl: if it is there, discard; if not, replay.',
    ),
  'outcome-unknown': () =>
    fix(
      'The payment was sent but no clear answer came back: Brightpearl may or may not have recorded it.',
      'Look for the payment on the Brightpearl order (its reference starts KC-PAY-): replay either way — the payment is looked up first and only sent if it is not there.',
    ),
  'retries-exhausted': () =>
    fix(
      'Brightpearl or Kentico could not be reached after several tries.',
      'Check the Connection screen; when both are reachable, replay.',
      { link: ['Open Connection', '/connection'] },
    ),
  'invalid-job': () =>
    fix(
      'An internal task had unexpected data.',
      'Discard it and tell your developer (technical details below).',
    ),
  refused: () =>
    fix(
      'Brightpearl or Kentico refused the record for good.',
      'Read the message, correct the record where it names, then replay.',
    ),
  'check-failed': (subject) => {
    const editable = EDITABLE_CHECKS.test(`${subject.source ?? ''} ${subject.field ?? ''}`);
    // A finding's reason is written for the merchant (shaping/checks.ts): show it as is.
    const why = subject.message ? `: ${subject.message.replace(/\.?$/, '.')}` : '.';
    return fix(
      `A check or business rule stopped the order${why}`,
      editable
        ? 'Correct the order’s address, phone or e-mail with Edit and retry.'
        : 'Correct the order in Kentico, or change the rule in Rules and checks, then replay.',
      { link: editable ? undefined : ['Open Rules and checks', '/rules'], editable },
    );
  },
  'transform-failed': () =>
    fix(
      'A field transform failed for this record.',
      'Open Transforms, test the expression on this order, fix it, then replay.',
      { link: ['Open Transforms', '/transforms'] },
    ),
};

/** The payload's details as a subject (details written by the flows' PermanentSyncError). */
export function subjectOf(payload: unknown): HintSubject {
  const details = (payload as { details?: Record<string, unknown> } | null)?.details ?? {};
  const text = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const skuList = Array.isArray(details.skus)
    ? details.skus.filter((sku): sku is string => typeof sku === 'string')
    : undefined;
  const fields = Array.isArray(details.fields) ? details.fields : [];
  return {
    source: text(details.source),
    // invalid-mapping names the mapping paths at fault (`fields`); the first is the one to fix.
    field: text(details.field) ?? text(fields[0]),
    value: text(details.value),
    rate: text(details.rate),
    skus: skuList,
  };
}

/** Only an order's own sync reads the corrections (sync/orders/order-overrides.ts). */
const EDITABLE_FLOWS = new Set(['order']);

/**
 * The hint of one failure, with Kentico's names ("Pigeon post") where the lookups have them.
 * `editable` only for the order flow, the one that applies a merchant's corrections.
 */
export function fixHintOf(
  failure: { reason: DeadLetterReason; payload: unknown; flow: string; message?: string },
  names: Names,
): FailureHint {
  const nameOf: NameOf = (list, value) =>
    names?.kentico?.[list].find((option) => option.value === value)?.label ?? value;
  const subject = { ...subjectOf(failure.payload), message: failure.message };
  const hint = FIX_HINTS[failure.reason](subject, nameOf);
  return { ...hint, editable: hint.editable && EDITABLE_FLOWS.has(failure.flow) };
}
