import type { RuleAction, RuleCondition } from '@bpkc/shared-types';

export type ConditionKind = RuleCondition['kind'];
export type ActionKind = RuleAction['kind'];

/** Every condition the builder offers: its label and what a new one starts as. */
export const CONDITION_KINDS: { kind: ConditionKind; label: string; fresh: () => RuleCondition }[] =
  [
    {
      kind: 'total-over',
      label: 'Order total is over',
      fresh: () => ({ kind: 'total-over', amount: 0 }),
    },
    {
      kind: 'total-under',
      label: 'Order total is under',
      fresh: () => ({ kind: 'total-under', amount: 0 }),
    },
    {
      kind: 'country-in',
      label: 'Country is one of',
      fresh: () => ({ kind: 'country-in', address: 'shipping', countries: [] }),
    },
    {
      kind: 'country-not-in',
      label: 'Country is not one of',
      fresh: () => ({ kind: 'country-not-in', address: 'shipping', countries: [] }),
    },
    {
      kind: 'customer-is-new',
      label: 'Customer is new',
      fresh: () => ({ kind: 'customer-is-new' }),
    },
    {
      kind: 'shipping-method-in',
      label: 'Shipping method is one of',
      fresh: () => ({ kind: 'shipping-method-in', methods: [] }),
    },
    {
      kind: 'payment-method-in',
      label: 'Payment method is one of',
      fresh: () => ({ kind: 'payment-method-in', methods: [] }),
    },
    {
      kind: 'sku-in',
      label: 'Order contains a SKU of',
      fresh: () => ({ kind: 'sku-in', skus: [] }),
    },
    {
      kind: 'quantity-over',
      label: 'Quantity is over',
      fresh: () => ({ kind: 'quantity-over', scope: 'line', quantity: 0 }),
    },
    {
      kind: 'billing-country-differs',
      label: 'Billing country differs from shipping country',
      fresh: () => ({ kind: 'billing-country-differs' }),
    },
    {
      kind: 'expression',
      label: 'Expression (JSONata) is true',
      fresh: () => ({ kind: 'expression', expression: '' }),
    },
  ];

/** Every action, with what a new one starts as and what it does, in one sentence. */
export const ACTION_KINDS: {
  kind: ActionKind;
  label: string;
  explanation: string;
  fresh: () => RuleAction;
}[] = [
  {
    kind: 'hold',
    label: 'Hold for review',
    explanation: 'The order waits in Held until a person approves (sends) or rejects it.',
    fresh: () => ({ kind: 'hold', reason: '' }),
  },
  {
    kind: 'route',
    label: 'Route in Brightpearl',
    explanation:
      'The order is sent with this status, channel or warehouse instead of the mapped one.',
    fresh: () => ({ kind: 'route' }),
  },
  {
    kind: 'note',
    label: 'Add a note',
    explanation: 'A note is added to the Brightpearl order after it is created.',
    fresh: () => ({ kind: 'note', text: '' }),
  },
  {
    kind: 'tag',
    label: 'Add a tag',
    explanation: 'The tag is written to the order tag custom field set in Settings.',
    fresh: () => ({ kind: 'tag', tag: '' }),
  },
  {
    kind: 'skip',
    label: 'Skip (never send)',
    explanation: 'The order is not sent; the reason shows on the order and Approve can undo it.',
    fresh: () => ({ kind: 'skip', reason: '' }),
  },
];

export const freshCondition = (kind: ConditionKind): RuleCondition =>
  CONDITION_KINDS.find((entry) => entry.kind === kind)!.fresh();

export const freshAction = (kind: ActionKind): RuleAction =>
  ACTION_KINDS.find((entry) => entry.kind === kind)!.fresh();

export const conditionLabel = (kind: ConditionKind) =>
  CONDITION_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;

/** "GBR, irl ,FRA" → ["GBR", "IRL", "FRA"]: typed lists, trimmed, empty entries dropped. */
export function parseList(text: string, options: { upperCase?: boolean } = {}): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (options.upperCase ? part.toUpperCase() : part));
}
