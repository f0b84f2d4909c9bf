import type { MappingConfig } from '@bpkc/shared-types';

import { type TemplateDefinition, withoutTargets, withRules } from './template';

const ROUTED = ['channelId', 'warehouseId', 'priceListId'];

/** GBP only, one warehouse for orders and stock, UK address checks strict. */
export const ukSingleWarehouse: TemplateDefinition = {
  id: 'uk-single-warehouse',
  name: 'UK single warehouse',
  description:
    'A UK shop selling in pounds from one Brightpearl warehouse: every order goes to the same channel, warehouse and price list.',
  highlights: [
    'GBP only',
    'Stock and orders use the order warehouse',
    'UK address and phone checks hold an order for review',
    'Orders shipping outside the UK are held',
  ],
  apply(current: MappingConfig) {
    const { warehouseId } = current.brightpearl;
    return {
      mapping: {
        ...current,
        currencies: ['GBP'],
        stock: { warehouseIds: [warehouseId] },
        transforms: {
          ...current.transforms,
          salesOrder: withoutTargets(current.transforms.salesOrder, ROUTED),
        },
        rules: withRules(current, [
          {
            id: 'uk-only-hold-abroad',
            name: 'Hold orders shipping outside the UK',
            enabled: true,
            when: [{ kind: 'country-not-in', address: 'shipping', countries: ['GBR'] }],
            action: { kind: 'hold', reason: 'Ships outside the UK: check delivery costs' },
          },
        ]),
        checks: {
          ...current.checks,
          address: { mode: 'hold' },
          phone: { mode: 'hold' },
        },
      },
      stillToMap: [],
    };
  },
};
