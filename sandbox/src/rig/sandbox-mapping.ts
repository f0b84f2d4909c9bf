import { MappingConfig } from '@bpkc/shared-types';

/**
 * The mapping the sandbox merchant would have saved: Kentico code names from the Kentico
 * simulator's reference data, Brightpearl ids from the Brightpearl simulator's lookups.
 */
export const SANDBOX_MAPPING: MappingConfig = MappingConfig.parse({
  version: 1,
  brightpearl: {
    channelId: 1,
    warehouseId: 2,
    priceListId: 1,
    priceMode: 'EXC',
    salesNominalCode: '4000',
    shippingNominalCode: '4040',
  },
  orderStatuses: { Pending: 3, PaymentReceived: 2, Processing: 2, Cancelled: 5 },
  shippingMethods: { RoyalMail1st: 1, DpdNextDay: 2, ClickAndCollect: 3, InternationalTracked: 4 },
  taxCodes: { '20': 'T20', '5': 'T5', '0': 'Z' },
  currencies: ['GBP', 'EUR'],
  // Kentico owns payment and cancellation; Brightpearl's "Invoiced" shows as Processing.
  statusSync: {
    kenticoOwned: ['PaymentReceived', 'Cancelled'],
    fromBrightpearl: { '4': 'Processing' },
  },
  payments: {
    paidStatuses: ['PaymentReceived'],
    methods: { Card: 'CARD', PayPal: 'PAYPAL', BankTransfer: 'BANK' },
    feeJournal: { journalType: 'JJ', feeNominalCode: '7901', bankNominalCode: '1200' },
  },
  fulfilment: {
    shippedStatus: 'Fulfilled',
    partiallyShippedStatus: 'PartiallyShipped',
    carriers: {
      '1': 'Royal Mail',
      '2': 'DPD',
      '3': 'Click & Collect',
      '4': 'Royal Mail International',
    },
  },
  refunds: { refundedStatus: 'Refunded', paymentMethodCode: 'CARD' },
  customers: { identity: 'kentico', credit: 'brightpearl' },
});
