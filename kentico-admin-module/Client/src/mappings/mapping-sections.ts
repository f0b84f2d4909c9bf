import type {
  BrightpearlLookupOptions,
  KenticoLookupOptions,
  Lookups,
  LookupOption,
  MappingConfig,
} from '@bpkc/shared-types';

export type ListName =
  `kentico.${keyof KenticoLookupOptions}` | `brightpearl.${keyof BrightpearlLookupOptions}`;

type Entries = Record<string, string | number>;

/** One key → value map of the mapping, edited as rows of two drop-downs. */
export interface MapSection {
  id: string;
  title: string;
  description: string;
  /** Dot path of the map inside MappingConfig (validation issues are reported under it). */
  path: string;
  keyLabel: string;
  valueLabel: string;
  /** Where the keys come from; null = typed in (tax rates). */
  keyList: ListName | null;
  valueList: ListName;
  /** Values are Brightpearl ids, stored as numbers. */
  numericValues: boolean;
  read: (mapping: MappingConfig) => Entries;
  write: (mapping: MappingConfig, entries: Entries) => MappingConfig;
}

export const MAP_SECTIONS: MapSection[] = [
  {
    id: 'orderStatuses',
    title: 'Order statuses',
    description: 'The Brightpearl status a new sales order gets for each Kentico order status.',
    path: 'orderStatuses',
    keyLabel: 'Kentico order status',
    valueLabel: 'Brightpearl order status',
    keyList: 'kentico.orderStatuses',
    valueList: 'brightpearl.orderStatuses',
    numericValues: true,
    read: (m) => m.orderStatuses,
    write: (m, e) => ({ ...m, orderStatuses: e as Record<string, number> }),
  },
  {
    id: 'shippingMethods',
    title: 'Shipping methods',
    description: 'Orders with an unmapped shipping method wait in Failures until it is mapped.',
    path: 'shippingMethods',
    keyLabel: 'Kentico shipping method',
    valueLabel: 'Brightpearl shipping method',
    keyList: 'kentico.shippingMethods',
    valueList: 'brightpearl.shippingMethods',
    numericValues: true,
    read: (m) => m.shippingMethods,
    write: (m, e) => ({ ...m, shippingMethods: e as Record<string, number> }),
  },
  {
    id: 'paymentMethods',
    title: 'Payment methods',
    description: 'The Brightpearl payment method payments of each Kentico method are booked to.',
    path: 'payments.methods',
    keyLabel: 'Kentico payment method',
    valueLabel: 'Brightpearl payment method',
    keyList: 'kentico.paymentMethods',
    valueList: 'brightpearl.paymentMethods',
    numericValues: false,
    read: (m) => m.payments.methods,
    write: (m, e) => ({ ...m, payments: { ...m.payments, methods: e as Record<string, string> } }),
  },
  {
    id: 'taxCodes',
    title: 'Tax',
    description: 'The Brightpearl tax code of each tax rate (percent) on Kentico order lines.',
    path: 'taxCodes',
    keyLabel: 'Tax rate %',
    valueLabel: 'Brightpearl tax code',
    keyList: null,
    valueList: 'brightpearl.taxCodes',
    numericValues: false,
    read: (m) => m.taxCodes,
    write: (m, e) => ({ ...m, taxCodes: e as Record<string, string> }),
  },
  {
    id: 'statusesFromBrightpearl',
    title: 'Statuses from Brightpearl',
    description: 'The Kentico status an order gets when Brightpearl moves it to a status.',
    path: 'statusSync.fromBrightpearl',
    keyLabel: 'Brightpearl order status',
    valueLabel: 'Kentico order status',
    keyList: 'brightpearl.orderStatuses',
    valueList: 'kentico.orderStatuses',
    numericValues: false,
    read: (m) => m.statusSync.fromBrightpearl,
    write: (m, e) => ({
      ...m,
      statusSync: { ...m.statusSync, fromBrightpearl: e as Record<string, string> },
    }),
  },
];

/** The single-value Brightpearl settings (ids). */
export const SCALAR_FIELDS = [
  { field: 'channelId', label: 'Sales channel', list: 'brightpearl.channels' },
  { field: 'warehouseId', label: 'Order warehouse', list: 'brightpearl.warehouses' },
  { field: 'priceListId', label: 'Price list', list: 'brightpearl.priceLists' },
] as const satisfies { field: keyof MappingConfig['brightpearl']; label: string; list: ListName }[];

/** The options of one list, or null when that platform's lists could not be read. */
export function optionsOf(lookups: Lookups | null, list: ListName): LookupOption[] | null {
  const [side, name] = list.split('.') as ['kentico' | 'brightpearl', string];
  const lists = lookups?.[side] as Record<string, LookupOption[]> | null | undefined;
  return lists?.[name] ?? null;
}
