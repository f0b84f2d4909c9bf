import { MappingConfig } from '@bpkc/shared-types';

/**
 * Test fixture for the payment and refund flows: the smallest mapping they accept (GBP, one card
 * method, one status, one shipping method). Tax codes vary by suite: refunds of zero-rated rows
 * need '0'.
 */
export function moneyTestMapping(
  taxCodes: Record<string, string> = { '20': 'T20' },
): MappingConfig {
  return MappingConfig.parse({
    version: 1,
    brightpearl: {
      channelId: 1,
      warehouseId: 2,
      priceListId: 1,
      installedIntegrationInstanceId: 11,
    },
    orderStatuses: { Pending: 3 },
    shippingMethods: { DpdNextDay: 2 },
    taxCodes,
    currencies: ['GBP'],
    payments: { methods: { Card: 'CARD' } },
  });
}
