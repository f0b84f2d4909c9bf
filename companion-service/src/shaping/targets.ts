import type { TransformEntity, TransformTarget } from '@bpkc/shared-types';

// Every field a transform may set, with what its expression must yield. An expression that
// yields nothing (no match, a condition without an else) keeps today's value for that field.

export type TargetType = TransformTarget['type'];

export interface TargetSpec extends TransformTarget {
  /** Smallest whole number allowed (ids): Brightpearl ids are positive, price list 0 is allowed. */
  min?: number;
  /** Longest text Brightpearl accepts for this field. */
  maxLength?: number;
  /** Cut to maxLength instead of refusing (names: the order flow caps them the same way). */
  truncate?: boolean;
}

const KEEP = 'Without a transform, or when it gives nothing,';

function target(entity: TransformEntity, spec: Omit<TargetSpec, 'entity' | 'pattern'>): TargetSpec {
  return { entity, pattern: false, ...spec };
}

const SALES_ORDER: TargetSpec[] = [
  target('salesOrder', {
    key: 'ref',
    label: 'Reference',
    type: 'string',
    maxLength: 64,
    description: `The order reference in Brightpearl. ${KEEP} the Kentico order number.`,
  }),
  ...(
    [
      ['channelId', 'Channel', 1],
      ['warehouseId', 'Warehouse', 1],
      ['priceListId', 'Price list', 0],
      ['statusId', 'Order status', 1],
    ] as const
  ).map(([key, label, min]) =>
    target('salesOrder', {
      key,
      label,
      type: 'integer',
      min,
      description: `Brightpearl ${label.toLowerCase()} id, e.g. chosen by currency or shipping country: BpcCurrencyCode = "EUR" ? 3 : 1. ${KEEP} the mapping's value.`,
    }),
  ),
  target('salesOrder', {
    key: 'deliveryDate',
    label: 'Delivery date',
    type: 'date',
    description: `Requested delivery date (a date, an ISO date-time or milliseconds). ${KEEP} none is sent.`,
  }),
  target('salesOrder', {
    key: 'note',
    label: 'Note',
    type: 'string',
    maxLength: 2000,
    description:
      'A note added to the Brightpearl order (one request after the create). Rule notes are added after it.',
  }),
  target('salesOrder', {
    key: 'row.name',
    label: 'Row name',
    type: 'string',
    maxLength: 255,
    description: `The name of each product row. Evaluated per item (OrderItemName, OrderItemSKU…), the whole order as $order. ${KEEP} the item name.`,
  }),
];

const CONTACT: TargetSpec[] = (
  [
    ['firstName', 'First name', 32],
    ['lastName', 'Last name', 32],
    ['companyName', 'Company name', 255],
    ['telephone', 'Telephone', 50],
  ] as const
).map(([key, label, maxLength]) =>
  target('contact', {
    key,
    label,
    type: 'string',
    maxLength,
    truncate: key === 'firstName' || key === 'lastName',
    description: `${label} of a contact created for a new customer; input: customer, billingAddress, order. ${KEEP} the Kentico customer's value.`,
  }),
);

const PRODUCT: TargetSpec[] = [
  target('product', {
    key: 'name',
    label: 'Name',
    type: 'string',
    maxLength: 255,
    description: `The product name in Kentico. ${KEEP} the Brightpearl product name.`,
  }),
  target('product', {
    key: 'description',
    label: 'Description',
    type: 'string',
    maxLength: 4000,
    description: `The product description in Kentico. ${KEEP} none is set.`,
  }),
  target('product', {
    key: 'price',
    label: 'Price',
    type: 'number',
    min: 0,
    description: `The price in Kentico (input price: the mapped price list's). ${KEEP} that price.`,
  }),
];

const CUSTOM_FIELD_DESCRIPTION: Record<TransformEntity, string> = {
  salesOrder:
    'A Brightpearl order custom field (PCF_…), set after the create (one request): text, a number or true/false.',
  contact: 'A Brightpearl contact custom field (PCF_…): text, a number or true/false.',
  product:
    'A product field stored with the Kentico product for its content type: text, a number or true/false.',
};

const customField = (entity: TransformEntity): TargetSpec => ({
  entity,
  key: 'customFields.<CODE>',
  label: 'Custom field',
  type: 'string',
  description: CUSTOM_FIELD_DESCRIPTION[entity],
  pattern: true,
});

export const TRANSFORM_TARGETS: readonly TargetSpec[] = [
  ...SALES_ORDER,
  customField('salesOrder'),
  ...CONTACT,
  ...PRODUCT,
  customField('product'),
];

export const isCustomFieldKey = (key: string): boolean => key.startsWith('customFields.');

/** The target a key names (a `customFields.X` key resolves to the pattern); undefined if none. */
export function targetFor(entity: TransformEntity, key: string): TargetSpec | undefined {
  const wanted = isCustomFieldKey(key) ? 'customFields.<CODE>' : key;
  return TRANSFORM_TARGETS.find((spec) => spec.entity === entity && spec.key === wanted);
}

/** GET /transforms/targets: the public part of each target. */
export function listTransformTargets(): TransformTarget[] {
  return TRANSFORM_TARGETS.map(({ entity, key, label, type, description, pattern }) => ({
    entity,
    key,
    label,
    type,
    description,
    pattern,
  }));
}
