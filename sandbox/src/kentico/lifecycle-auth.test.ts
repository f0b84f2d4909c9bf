import request from 'supertest';

import { LIFECYCLE_PATHS } from '@bpkc/shared-types';

import { signedBridgeHeaders } from './bridge-signing';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { BASE, placeSample, TEST_SECRET } from './test-support';

interface Guids {
  order: string;
  refund: string;
  customer: string;
}

describe('lifecycle endpoints: signature', () => {
  let sim: KenticoSimulator;
  let paths: Guids;
  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
    const order = placeSample(sim);
    const refund = sim.createRefund(order.OrderGUID, { extraAmount: 1 }, { emit: false });
    paths = {
      order: order.OrderGUID,
      refund: refund.RefundGUID,
      customer: order.Customer.CustomerGUID,
    };
  });
  afterEach(() => sim.close());

  const BODIES: Record<string, string> = {
    status: '{"statusName":"Processing","origin":"brightpearl"}',
    shipment:
      '{"trackingReference":"T","carrier":"DPD","shippedAt":"2026-03-02T09:30:00Z","lines":[]}',
    credit: '{"brightpearlCreditId":5}',
    record:
      '{"brightpearlCreditId":6,"createdAt":"2026-03-02T09:30:00Z","lines":[],"total":1,"statusName":null}',
    customer: '{"fields":{"CustomerFirstName":"Eve"},"origin":"brightpearl"}',
  };
  interface Case {
    endpoint: string;
    method: 'GET' | 'PUT' | 'POST';
    pathOf: (guids: Guids) => string;
    body?: string;
  }
  it.each<Case>([
    {
      endpoint: 'PUT /orders/:guid/status',
      method: 'PUT',
      pathOf: (p) => LIFECYCLE_PATHS.orderStatus(p.order),
      body: BODIES.status,
    },
    {
      endpoint: 'PUT /orders/:guid/shipments/:id',
      method: 'PUT',
      pathOf: (p) => LIFECYCLE_PATHS.shipment(p.order, 12),
      body: BODIES.shipment,
    },
    {
      endpoint: 'GET /refunds/:guid',
      method: 'GET',
      pathOf: (p) => LIFECYCLE_PATHS.refund(p.refund),
    },
    {
      endpoint: 'PUT /refunds/:guid/brightpearl-credit',
      method: 'PUT',
      pathOf: (p) => LIFECYCLE_PATHS.refundCredit(p.refund),
      body: BODIES.credit,
    },
    {
      endpoint: 'POST /orders/:guid/refunds',
      method: 'POST',
      pathOf: (p) => LIFECYCLE_PATHS.orderRefunds(p.order),
      body: BODIES.record,
    },
    {
      endpoint: 'GET /customers/:guid',
      method: 'GET',
      pathOf: (p) => LIFECYCLE_PATHS.customer(p.customer),
    },
    {
      endpoint: 'PUT /customers/:guid',
      method: 'PUT',
      pathOf: (p) => LIFECYCLE_PATHS.customer(p.customer),
      body: BODIES.customer,
    },
    {
      endpoint: 'GET /customers/by-email',
      method: 'GET',
      pathOf: () => `${LIFECYCLE_PATHS.customerByEmail}?email=ada.lovelace%40example.com`,
    },
  ])('$endpoint needs a signature over its own method, path and body', async (c) => {
    const { method, pathOf, body } = c;
    const path = pathOf(paths);
    const send = (headers: Record<string, string>) => {
      const url = BASE + path;
      const verb = method.toLowerCase() as 'get' | 'put' | 'post';
      const req = request(sim.app)[verb](url);
      return (body === undefined ? req : req.send(body)).set(headers);
    };
    const refused = [
      {},
      signedBridgeHeaders(TEST_SECRET, { method, path: '/orders', body }),
      signedBridgeHeaders('x', { method, path, body }),
      signedBridgeHeaders(TEST_SECRET, {
        method,
        path,
        body: body === undefined ? '{}' : `${body} `,
      }),
    ];
    for (const headers of refused) {
      const res = await send(headers);
      expect([res.status, res.body.error]).toEqual([401, expect.stringMatching(/^Unauthorized/)]);
    }
    // Nothing was written by the refused calls.
    expect(sim.getOrder(paths.order)?.OrderStatusName).toBe('Pending');
    expect(sim.getShipments(paths.order)).toEqual([]);
    expect(sim.listRefunds(paths.order)).toHaveLength(1);
    expect(sim.getCustomer(paths.customer)?.CustomerFirstName).toBe('Ada');
    expect(sim.emittedEvents()).toEqual([]);
    const ok = await send(signedBridgeHeaders(TEST_SECRET, { method, path, body }));
    expect(ok.status).toBeLessThan(300);
  });
});
