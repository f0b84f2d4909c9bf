import {
  KenticoCustomerRecord,
  KenticoRefund,
  LIFECYCLE_PATHS,
  type RecordRefundBody,
  RecordRefundResult,
  type ShipmentBody,
  type UpdateCustomerBody,
} from '@bpkc/shared-types';
import type { z } from 'zod';

import { type BridgeHttp, parseBridgeBody } from './bridge-http';

export interface KenticoLifecycleClient {
  setOrderStatus(orderGuid: string, statusName: string): Promise<void>;
  putShipment(orderGuid: string, goodsOutNoteId: number, shipment: ShipmentBody): Promise<void>;
  getRefund(refundGuid: string): Promise<KenticoRefund>;
  setRefundCredit(refundGuid: string, brightpearlCreditId: number): Promise<void>;
  recordRefund(
    orderGuid: string,
    refund: RecordRefundBody,
  ): Promise<z.infer<typeof RecordRefundResult>>;
  getCustomer(customerGuid: string): Promise<KenticoCustomerRecord>;
  updateCustomer(customerGuid: string, fields: UpdateCustomerBody['fields']): Promise<void>;
}

/** Lifecycle calls; every write the companion makes is tagged with origin "brightpearl". */
export function createLifecycleClient({ call }: BridgeHttp): KenticoLifecycleClient {
  return {
    async setOrderStatus(orderGuid, statusName) {
      const body = { statusName, origin: 'brightpearl' };
      await call({
        method: 'PUT',
        path: LIFECYCLE_PATHS.orderStatus(orderGuid),
        body,
        what: `status of ${orderGuid}`,
      });
    },
    async putShipment(orderGuid, goodsOutNoteId, shipment) {
      const path = LIFECYCLE_PATHS.shipment(orderGuid, goodsOutNoteId);
      await call({ method: 'PUT', path, body: shipment, what: `shipment ${goodsOutNoteId}` });
    },
    async getRefund(refundGuid) {
      const what = `refund ${refundGuid}`;
      return parseBridgeBody(
        KenticoRefund,
        await call({ method: 'GET', path: LIFECYCLE_PATHS.refund(refundGuid), what }),
        what,
      );
    },
    async setRefundCredit(refundGuid, brightpearlCreditId) {
      const path = LIFECYCLE_PATHS.refundCredit(refundGuid);
      await call({
        method: 'PUT',
        path,
        body: { brightpearlCreditId },
        what: `refund ${refundGuid}`,
      });
    },
    async recordRefund(orderGuid, refund) {
      const what = `refund for ${orderGuid}`;
      const raw = await call({
        method: 'POST',
        path: LIFECYCLE_PATHS.orderRefunds(orderGuid),
        body: refund,
        what,
      });
      return parseBridgeBody(RecordRefundResult, raw, what);
    },
    async getCustomer(customerGuid) {
      const what = `customer ${customerGuid}`;
      const raw = await call({ method: 'GET', path: LIFECYCLE_PATHS.customer(customerGuid), what });
      return parseBridgeBody(KenticoCustomerRecord, raw, what);
    },
    async updateCustomer(customerGuid, fields) {
      const body = { fields, origin: 'brightpearl' };
      await call({
        method: 'PUT',
        path: LIFECYCLE_PATHS.customer(customerGuid),
        body,
        what: `customer ${customerGuid}`,
      });
    },
  };
}
