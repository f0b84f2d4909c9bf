import { bp, type SettingWords } from './change-label-settings';

// Words for the parts of keyed sections: transforms, checks, rules (see change-label-settings.ts).

export const TRANSFORM_ENTITIES: Record<string, string> = {
  salesOrder: 'Sales order',
  contact: 'Contact',
  product: 'Product',
};

/** Transform targets in words (custom fields are named by their code). */
export const TRANSFORM_TARGETS: Record<string, string> = {
  ref: 'reference',
  channelId: 'channel',
  warehouseId: 'warehouse',
  priceListId: 'price list',
  statusId: 'status',
  deliveryDate: 'delivery date',
  note: 'note',
  'row.name': 'line name',
  firstName: 'first name',
  lastName: 'last name',
  companyName: 'company name',
  telephone: 'telephone',
  name: 'name',
  description: 'description',
  price: 'price',
};

export const CHECKS: Record<string, string> = {
  address: 'Address check',
  phone: 'Phone number check',
  email: 'E-mail check',
  totals: 'Totals check',
  valueOutlier: 'Unusual order value check',
  quantityOutlier: 'Unusual quantity check',
  duplicate: 'Duplicate order check',
};

export const CHECK_FIELDS: Record<string, string> = {
  mode: 'mode',
  tolerance: 'tolerance',
  threshold: 'threshold',
  minHistory: 'orders needed first',
  windowMinutes: 'window (minutes)',
};

/** A rule's parts; route ids are named from Brightpearl's lists. */
export const RULE_PARTS: Record<string, SettingWords> = {
  name: { label: 'name' },
  enabled: { label: 'switched on' },
  when: { label: 'conditions' },
  action: { label: 'action' },
  'action.kind': { label: 'action' },
  'action.reason': { label: 'action reason' },
  'action.text': { label: 'note text' },
  'action.tag': { label: 'tag' },
  'action.statusId': { label: 'route to status', values: bp('orderStatuses') },
  'action.channelId': { label: 'route to channel', values: bp('channels') },
  'action.warehouseId': { label: 'route to warehouse', values: bp('warehouses') },
};
