import { bp, kentico, type NamedList, SETTINGS, type SettingWords } from './change-label-settings';
import {
  CHECK_FIELDS,
  CHECKS,
  RULE_PARTS,
  TRANSFORM_ENTITIES,
  TRANSFORM_TARGETS,
} from './change-label-words';
import { type ChangeNames, named, valueText } from './change-values';
import type { ConfigurationChange, LabelledChange } from './configuration';

/** What a label may draw on besides the change itself. */
export interface ChangeContext {
  /** The two configurations compared: rules are numbered and named from them. */
  before?: unknown;
  after?: unknown;
  /** Lookup lists as already read (never read for a label); absent: values as stored. */
  names?: ChangeNames | null;
}

type Describe = (key: string, context: ChangeContext) => SettingWords;

/** One side of a mapping table: its words and the list naming its values. */
type Side = readonly [words: string, list?: NamedList];

/** "<from> <key, named> → <to>": a table from one side's values to the other's. */
const mapped =
  ([what, keys]: Side, [to, values]: Side): Describe =>
  (key, { names }) => ({
    label: `${what} ${keys ? named(key, keys, names) : key} → ${to}`,
    values,
  });

function transformWords(key: string): SettingWords {
  const [entity = key, ...rest] = key.split('.');
  const target = rest.join('.');
  const what = TRANSFORM_ENTITIES[entity] ?? entity;
  if (!target) return { label: `${what} transforms` };
  const field = target.startsWith('customFields.')
    ? `custom field ${target.slice('customFields.'.length)}`
    : (TRANSFORM_TARGETS[target] ?? target);
  return { label: `${what} ${field} transform` };
}

function checkWords(key: string): SettingWords {
  const [check = key, field] = key.split('.');
  const what = CHECKS[check] ?? `${check} check`;
  return { label: field ? `${what}: ${CHECK_FIELDS[field] ?? field}` : what };
}

/** Rule ids hold no dot, so `rules.<id>.<part>` splits at the first one. */
function ruleWords(key: string, context: ChangeContext): SettingWords {
  const dot = key.indexOf('.');
  const id = dot < 0 ? key : key.slice(0, dot);
  const title = ruleTitle(id, context);
  if (dot < 0) return { label: title };
  const part = key.slice(dot + 1);
  const words = RULE_PARTS[part];
  return { label: `${title} ${words?.label ?? part}`, values: words?.values };
}

/** "Rule 3 'Big orders'": its place and name in the newer document (else the older one). */
function ruleTitle(id: string, context: ChangeContext): string {
  for (const document of [context.after, context.before]) {
    const rules = (document as { rules?: unknown } | null | undefined)?.rules;
    if (!Array.isArray(rules)) continue;
    const index = rules.findIndex((rule) => (rule as { id?: unknown } | null)?.id === id);
    if (index < 0) continue;
    const name = (rules[index] as { name?: unknown }).name;
    return typeof name === 'string' ? `Rule ${index + 1} '${name}'` : `Rule ${index + 1} (${id})`;
  }
  return `Rule ${id}`;
}

/** Sections keyed by a value (the key may hold dots: tax rate "17.5", `customFields.PCF_X`). */
const KEYED: ReadonlyArray<readonly [string, Describe]> = [
  [
    'orderStatuses.',
    mapped(['Order status', kentico('orderStatuses')], ['Brightpearl status', bp('orderStatuses')]),
  ],
  [
    'shippingMethods.',
    mapped(
      ['Shipping method', kentico('shippingMethods')],
      ['Brightpearl shipping method', bp('shippingMethods')],
    ),
  ],
  [
    'taxCodes.',
    (rate) => ({ label: `Tax rate ${rate} % → Brightpearl tax code`, values: bp('taxCodes') }),
  ],
  [
    'statusSync.fromBrightpearl.',
    mapped(
      ['Brightpearl status', bp('orderStatuses')],
      ['Kentico status', kentico('orderStatuses')],
    ),
  ],
  [
    'payments.methods.',
    mapped(
      ['Payment method', kentico('paymentMethods')],
      ['Brightpearl payment method', bp('paymentMethods')],
    ),
  ],
  [
    'fulfilment.carriers.',
    mapped(['Brightpearl shipping method', bp('shippingMethods')], ['carrier name in Kentico']),
  ],
  ['products.skuAliases.', mapped(['Kentico SKU'], ['Brightpearl SKU'])],
  [
    'settings.flows.',
    (flow) => ({ label: `${flow.charAt(0).toUpperCase()}${flow.slice(1)} flow` }),
  ],
  ['transforms.', transformWords],
  ['checks.', checkWords],
  ['rules.', ruleWords],
];

function wordsOf(path: string, context: ChangeContext): SettingWords {
  const fixed = SETTINGS[path];
  if (fixed) return fixed;
  for (const [prefix, describe] of KEYED) {
    if (!path.startsWith(prefix) || path.length === prefix.length) continue;
    return describe(path.slice(prefix.length), context);
  }
  return { label: path };
}

/**
 * One change in the merchant's words ("Shipping method PigeonPost → Brightpearl shipping
 * method", after "1 (Royal Mail)"); `path` stays on the change for developers. Pure: names come
 * from `context.names`, so labelling costs no call to either platform.
 */
export function describeChange(change: ConfigurationChange, context: ChangeContext = {}) {
  const words = wordsOf(change.path, context);
  return {
    label: words.label,
    beforeText: valueText(change.before, words.values, context.names),
    afterText: valueText(change.after, words.values, context.names),
  };
}

export function labelChanges(
  changes: ConfigurationChange[],
  context: ChangeContext = {},
): LabelledChange[] {
  return changes.map((change) => ({ ...change, ...describeChange(change, context) }));
}
