import type { KenticoLookups } from '@bpkc/shared-types';

import type { CallOptions, LookupMethods } from '../brightpearl';
import type { RegistrationResult } from '../brightpearl/webhooks';
import type { ConnectionDeps } from './connection-deps';
import { createWebhookStatusTracker } from './webhook-status';

/**
 * Test stand-ins for the two platforms behind the admin API (the simulators live in a package
 * that depends on this one). They count calls and can be told to fail.
 */
export interface FakePlatforms {
  brightpearl: LookupMethods & { calls: CallOptions[]; failure: Error | null };
  kentico: { getLookups(): Promise<KenticoLookups>; calls: number; failure: Error | null };
  webhooks: { registrations: number; failure: Error | null };
  connection: ConnectionDeps;
}

const named = (id: number, name: string) => ({ id, name });

export const KENTICO_LOOKUPS: KenticoLookups = {
  orderStatuses: [
    { name: 'Pending', displayName: 'Pending', enabled: true },
    { name: 'Paid', displayName: 'Payment received', enabled: true },
  ],
  shippingMethods: [
    { name: 'Standard', displayName: 'Standard delivery', enabled: true },
    { name: 'Express', displayName: 'Express', enabled: true },
    { name: 'Drone', displayName: 'Drone', enabled: false },
  ],
  paymentMethods: [{ name: 'Card', displayName: 'Card', enabled: true }],
};

export const WEBHOOK_EVENTS = ['goods-out-note.modified.shipped', 'order.modified.order-status'];

export function createFakePlatforms(): FakePlatforms {
  const brightpearl = fakeBrightpearl();
  const kentico = {
    calls: 0,
    failure: null as Error | null,
    async getLookups() {
      kentico.calls++;
      if (kentico.failure) throw kentico.failure;
      return KENTICO_LOOKUPS;
    },
  };
  const webhooks = { registrations: 0, failure: null as Error | null };
  const tracker = createWebhookStatusTracker({ expectedEvents: () => WEBHOOK_EVENTS });
  const register = async (): Promise<RegistrationResult> => {
    webhooks.registrations++;
    if (webhooks.failure) throw webhooks.failure;
    return { created: [], kept: WEBHOOK_EVENTS, deleted: 0, ids: { [WEBHOOK_EVENTS[0]!]: 41 } };
  };
  const connection: ConnectionDeps = {
    brightpearl: {
      accountCode: 'acme',
      environment: 'sandbox',
      apiBaseUrl: 'http://127.0.0.1:1/public-api/acme',
      authMode: 'account-token',
    },
    kentico: { bridgeUrl: 'http://127.0.0.1:2/bpconnect/v1' },
    webhooks: {
      snapshot: () => tracker.snapshot(),
      register: async () => (await tracker.track(register), await tracker.snapshot()),
    },
    probes: { brightpearl: () => brightpearl.getWarehouses(), kentico: () => kentico.getLookups() },
  };
  return { brightpearl, kentico, webhooks, connection };
}

function fakeBrightpearl(): FakePlatforms['brightpearl'] {
  const fake = {
    calls: [] as CallOptions[],
    failure: null as Error | null,
  };
  const answer =
    <T>(records: T[]) =>
    async (call?: CallOptions): Promise<T[]> => {
      fake.calls.push(call ?? {});
      if (fake.failure) throw fake.failure;
      return records;
    };
  return Object.assign(fake, {
    getOrderStatuses: answer([
      { statusId: 2, name: 'New web order', orderTypeCode: 'SO' },
      { statusId: 3, name: 'Awaiting payment', orderTypeCode: 'SO' },
      { statusId: 12, name: 'Credit complete', orderTypeCode: 'SC' },
    ]),
    getShippingMethods: answer([named(1, 'Royal Mail'), named(2, 'DPD')]),
    getPaymentMethods: answer([{ code: 'CARD', name: 'Card', isActive: true }]),
    getWarehouses: answer([named(2, 'Main'), named(3, 'Overflow')]),
    getChannels: answer([named(1, 'Web store')]),
    getPriceLists: answer([
      {
        id: 1,
        name: { text: 'Retail' },
        currencyCode: 'GBP',
        priceListTypeCode: 'SELL',
        gross: false,
      },
    ]),
    getTaxCodes: answer([
      { id: 1, code: 'T20', description: 'Standard', rate: 20 },
      { id: 4, code: 'N', description: 'Not taxable' },
    ]),
    getNominalCodes: answer([
      { id: 40, code: '4000', name: 'Sales', active: true },
      { id: 44, code: '4040', name: 'Shipping', active: true },
    ]),
  });
}
