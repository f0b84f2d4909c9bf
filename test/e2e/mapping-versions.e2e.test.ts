import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { dropBackendSchemas, e2eBackends } from '../support/backends';
import { placeSyncedOrder } from '../support/lifecycle-helpers';
import { ADMIN, adminEdit, saveMapping } from '../support/mapping-helpers';
import { waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

/** The mapping is one versioned document in the store, read by each job (ADR 0013). */
describe.each(e2eBackends())('the stored mapping on $name', (backend) => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 10,
      seed: 23,
      admin: ADMIN,
      ...backend,
    });
  });
  afterAll(async () => {
    await rig.stop();
    await dropBackendSchemas(backend);
  });

  /** Saves the current mapping with RoyalMail1st sent as `methodId`; the new version number. */
  const mapRoyalMail = (companionUrl: string, methodId: number) =>
    saveMapping(companionUrl, (mapping) => ({
      ...mapping,
      shippingMethods: { ...mapping.shippingMethods, RoyalMail1st: methodId },
    }));

  /** Places a Royal Mail order and waits for it in Brightpearl: its shipping method id there. */
  async function syncRoyalMailOrder(): Promise<{ orderGuid: string; methodId: number }> {
    const input = { ...rig.generator.nextOrder(), shippingMethod: 'RoyalMail1st' };
    const placed = rig.kentico.placeOrder(input);
    const [order] = await waitForWriteBack(rig, [placed.OrderGUID]);
    const created = rig.brightpearl.state.orders.get(order!.BpcBrightpearlOrderID!);
    return { orderGuid: placed.OrderGUID, methodId: created!.delivery.shippingMethodId };
  }

  const recordedVersion = async (orderGuid: string) => {
    const [row] = await rig.companion.store.query<{ mapping_version: number | null }>(
      `SELECT mapping_version FROM order_sync WHERE order_guid = $1`,
      [orderGuid],
    );
    return row?.mapping_version;
  };

  it('records on each synced order the mapping version its job ran with', async () => {
    const before = await syncRoyalMailOrder();
    expect(before.methodId).toBe(1);
    expect(await recordedVersion(before.orderGuid)).toBe(1);

    const version = await mapRoyalMail(rig.companionUrl, 2);
    const after = await syncRoyalMailOrder();
    expect(after.methodId).toBe(2);
    expect(await recordedVersion(after.orderGuid)).toBe(version);
  });

  it('records it on a synced refund too', async () => {
    const order = await placeSyncedOrder(rig, { lines: 2, status: 'PaymentReceived' });
    const refund = rig.kentico.createRefund(order.OrderGUID, {
      lines: [{ sku: order.Items[0]!.OrderItemSKU, quantity: 1 }],
      reason: 'Damaged',
    });
    await waitFor(
      () => rig.kentico.listRefunds(order.OrderGUID)[0]?.BpcSalesCreditID ?? undefined,
      {
        timeoutMs: 30_000,
      },
    );
    const current = await request(`${rig.companionUrl}/api/v1`)
      .get('/mappings/current')
      .set('authorization', adminEdit())
      .expect(200);
    const [row] = await rig.companion.store.query<{ mapping_version: number }>(
      `SELECT mapping_version FROM refund_sync WHERE refund_guid = $1`,
      [refund.RefundGUID],
    );
    expect(row?.mapping_version).toBe(current.body.version);
  });

  // Several instances share a store only on Postgres (PGlite is one process).
  if (backend.databaseUrl) {
    it("runs a mapping saved through another instance's admin API in its next job, without restart", async () => {
      const other = await rig.startInstance();
      const version = await mapRoyalMail(other.url, 4);
      // Only the first instance is left to run the job: it must read what the other one saved.
      await other.companion.stop();
      const order = await syncRoyalMailOrder();
      expect(order.methodId).toBe(4);
      expect(await recordedVersion(order.orderGuid)).toBe(version);
    });
  }
});
