import type { MappingConfig, Suggestion } from '@bpkc/shared-types';

/** The configuration with the suggested value mapped (SKUs as aliases). */
export function withSuggestion(mapping: MappingConfig, suggestion: Suggestion): MappingConfig {
  const { kenticoValue: key, brightpearlValue: value } = suggestion;
  switch (suggestion.kind) {
    case 'orderStatus':
      return { ...mapping, orderStatuses: { ...mapping.orderStatuses, [key]: Number(value) } };
    case 'shippingMethod':
      return { ...mapping, shippingMethods: { ...mapping.shippingMethods, [key]: Number(value) } };
    case 'paymentMethod':
      return {
        ...mapping,
        payments: { ...mapping.payments, methods: { ...mapping.payments.methods, [key]: value } },
      };
    case 'taxRate':
      return { ...mapping, taxCodes: { ...mapping.taxCodes, [key]: value } };
    case 'sku':
      return {
        ...mapping,
        products: {
          ...mapping.products,
          skuAliases: { ...mapping.products.skuAliases, [key]: value },
        },
      };
  }
}

const WHAT: Record<Suggestion['kind'], string> = {
  orderStatus: 'order status',
  shippingMethod: 'shipping method',
  paymentMethod: 'payment method',
  taxRate: 'tax rate',
  sku: 'SKU',
};

export const acceptedComment = (suggestion: Suggestion) =>
  `Suggestion accepted: ${WHAT[suggestion.kind]} "${suggestion.kenticoValue}" → "${suggestion.brightpearlLabel}"`;
