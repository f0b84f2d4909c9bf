import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { brightpearlOrdersByExternalRef, waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

describe('reconciliation and observability', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 20, seed: 71 });
  });
  afterAll(() => rig.stop());

  it('finds orders whose events were lost and orders gone from Brightpearl, and syncs each once', async () => {
    const lost = [1, 2, 3].map(() =>
      rig.kentico.placeOrder(rig.generator.nextOrder(), { emit: false }),
    );
    const kept = rig.kentico.placeOrder(rig.generator.nextOrder());
    const [synced] = await waitForWriteBack(rig, [kept.OrderGUID]);
    rig.brightpearl.state.orders.delete(synced!.BpcBrightpearlOrderID!);

    const result = await rig.companion.runReconciliation();
    expect(result.missing).toBe(4);
    await waitForWriteBack(
      rig,
      lost.map((order) => order.OrderGUID),
    );
    // `kept` still carries its old Brightpearl id in Kentico, so the write-back wait cannot see it:
    // wait for its new sales order and an idle order queue, then check nothing ran twice.
    await waitFor(
      async () =>
        brightpearlOrdersByExternalRef(rig).has(kept.OrderGUID) &&
        ((await rig.companion.status()).queue['order-sync'] ?? 0) === 0,
    );
    const byRef = brightpearlOrdersByExternalRef(rig);
    for (const order of [...lost, kept]) expect(byRef.get(order.OrderGUID)).toHaveLength(1);
    const findings = await rig.companion.store.query<{ kind: string }>(
      `SELECT kind FROM reconcile_findings ORDER BY kind`,
    );
    expect(findings.map((row) => row.kind).sort()).toEqual([
      'missing-in-brightpearl',
      'never-synced',
      'never-synced',
      'never-synced',
    ]);

    // A second sweep finds nothing new.
    expect((await rig.companion.runReconciliation()).missing).toBe(0);
  });

  it('serves /healthz, /readyz and Prometheus /metrics', async () => {
    expect((await request(rig.companionUrl).get('/healthz')).status).toBe(200);
    const ready = await request(rig.companionUrl).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      ready: true,
      checks: { store: 'up', queue: 'up', brightpearl: 'up', kentico: 'up' },
    });
    const metrics = await request(rig.companionUrl).get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(
      /bpconnect_events_in_total\{source="kentico",type="order.created",duplicate="false"\} \d+/,
    );
    expect(metrics.text).toMatch(/bpconnect_jobs_total\{queue="order-sync",outcome="done"\} \d+/);
    expect(metrics.text).toMatch(
      /bpconnect_brightpearl_calls_total\{endpoint="POST \/order-service\/sales-order",status="200",throttled="false"\} \d+/,
    );
    expect(metrics.text).toMatch(/bpconnect_order_event_to_brightpearl_seconds_count [1-9]/);
    expect(metrics.text).toMatch(/bpconnect_queue_depth\{queue="order-sync"\} 0/);
  });
});
