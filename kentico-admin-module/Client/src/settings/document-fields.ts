import type { SettingGroup } from './settings-fields';

/** The rest of the mapping document that Mappings does not edit (it has the id maps). */
export const DOCUMENT_GROUPS: SettingGroup[] = [
  {
    id: 'stock',
    headline: 'Stock, currencies and catalog',
    description: 'Channel, order warehouse and price list are on Mappings.',
    fields: [
      {
        path: 'stock.warehouseIds',
        label: 'Stock warehouses (Brightpearl ids, comma-separated)',
        kind: 'numberList',
        list: 'brightpearl.warehouses',
        help: 'Empty: the order warehouse only.',
      },
      {
        path: 'currencies',
        label: 'Accepted currencies (comma-separated)',
        kind: 'list',
        emptyList: true,
      },
      {
        path: 'catalog.products',
        label: 'Products are owned by',
        kind: 'choice',
        options: [
          { value: 'brightpearl', label: 'Brightpearl (imported into Kentico)' },
          { value: 'kentico', label: 'Kentico (created in Brightpearl)' },
          { value: 'none', label: 'Neither (no product sync)' },
        ],
      },
      {
        path: 'catalog.prices',
        label: 'Prices come from',
        kind: 'choice',
        options: [
          { value: 'brightpearl', label: 'Brightpearl' },
          { value: 'none', label: 'Nowhere (no price sync)' },
        ],
      },
      {
        path: 'catalog.stock',
        label: 'Stock comes from',
        kind: 'choice',
        options: [
          { value: 'brightpearl', label: 'Brightpearl' },
          { value: 'none', label: 'Nowhere (no stock sync)' },
        ],
      },
    ],
  },
  {
    id: 'orders',
    headline: 'Payments, fulfilment and refunds',
    description: 'Status and method maps (Kentico ↔ Brightpearl) are on Mappings.',
    fields: [
      {
        path: 'payments.paidStatuses',
        label: 'Kentico statuses that mean paid (comma-separated)',
        kind: 'list',
        list: 'kentico.orderStatuses',
        emptyList: true,
      },
      {
        path: 'statusSync.kenticoOwned',
        label: 'Kentico statuses pushed to Brightpearl (comma-separated)',
        kind: 'list',
        list: 'kentico.orderStatuses',
        emptyList: true,
      },
      {
        path: 'fulfilment.shippedStatus',
        label: 'Kentico status when shipped',
        kind: 'choice',
        list: 'kentico.orderStatuses',
      },
      {
        path: 'fulfilment.partiallyShippedStatus',
        label: 'Kentico status when partly shipped',
        kind: 'choice',
        list: 'kentico.orderStatuses',
      },
      {
        path: 'refunds.creditStatusId',
        label: 'Brightpearl status of new sales credits',
        kind: 'choice',
        list: 'brightpearl.orderStatuses',
        numeric: true,
      },
      {
        path: 'refunds.refundedStatus',
        label: 'Kentico status after a Brightpearl credit',
        kind: 'choice',
        list: 'kentico.orderStatuses',
      },
      {
        path: 'refunds.paymentMethodCode',
        label: 'Brightpearl payment method of refunds',
        kind: 'choice',
        list: 'brightpearl.paymentMethods',
      },
      {
        path: 'settings.orderTagField',
        label: 'Order custom field for rule tags (PCF_…)',
        kind: 'text',
      },
    ],
  },
  {
    id: 'customers',
    headline: 'Customer field owners',
    description:
      'The owner\u2019s values win; the other side never overwrites them. Credit terms are always Brightpearl\u2019s (its API cannot update them).',
    fields: [
      {
        path: 'customers.identity',
        label: 'Names, e-mail, addresses are owned by',
        kind: 'choice',
        options: [
          { value: 'kentico', label: 'Kentico' },
          { value: 'brightpearl', label: 'Brightpearl' },
        ],
      },
    ],
  },
];
