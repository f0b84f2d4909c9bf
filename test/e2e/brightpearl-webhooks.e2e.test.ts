import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { waitForCatalogImport } from '../support/stock-helpers';

describe('Brightpearl webhooks: registration and intake', () => {
  let rig: SandboxRig;
  // A restart keeps the store, as a deployment does.
  const dataDir = mkdtempSync(join(tmpdir(), 'bpkc-webhooks-'));
  const ours = () =>
    [...rig.brightpearl.state.webhooks.values()].filter((hook) =>
      hook.uriTemplate.includes('/webhooks/brightpearl/'),
    );

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 20, seed: 9, dataDir });
    await waitForCatalogImport(rig);
  });
  afterAll(async () => {
    await rig.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the stock, catalog, shipment and status subscriptions with a token, leaving others alone', () => {
    expect(
      ours()
        .map((hook) => hook.subscribeTo)
        .sort(),
    ).toEqual([
      'goods-out-note.modified.shipped',
      'order.modified.order-status',
      'product.created',
      'product.modified',
      'product.modified.on-hand-modified',
    ]);
    const foreign = [...rig.brightpearl.state.webhooks.values()].filter(
      (hook) => !ours().includes(hook),
    );
    expect(foreign.length).toBeGreaterThan(0);
    for (const hook of ours()) {
      expect(hook.idSetAccepted).toBe(true);
      expect(hook.uriTemplate).toMatch(/\/webhooks\/brightpearl\/[0-9a-f-]{36}\/[\w-]{40,}$/);
    }
  });

  it('replaces stale subscriptions on restart (new address) and keeps foreign ones', async () => {
    const foreignBefore = rig.brightpearl.state.webhooks.size - ours().length;
    await rig.restartCompanion();
    expect(ours()).toHaveLength(5);
    for (const hook of ours()) expect(hook.uriTemplate.startsWith(rig.companionUrl)).toBe(true);
    expect(rig.brightpearl.state.webhooks.size - ours().length).toBe(foreignBefore);
  });

  it('refuses a wrong token with 401 and a malformed delivery with 400 naming the field', async () => {
    const path = new URL(ours()[0]!.uriTemplate).pathname;
    const delivery = {
      accountCode: 'sandbox',
      resourceType: 'product',
      id: '1002-1005,1010',
      lifecycleEvent: 'modified',
      fullEvent: 'product.modified.on-hand-modified',
      raisedOn: new Date().toISOString(),
    };
    const wrong = await request(rig.companionUrl)
      .post(path.replace(/[\w-]+$/, 'x'.repeat(43)))
      .send(delivery);
    expect(wrong.status).toBe(401);
    const bad = await request(rig.companionUrl)
      .post(path)
      .send({ ...delivery, id: 'all' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('id');
    const ok = await request(rig.companionUrl).post(path).send(delivery);
    expect(ok.body).toMatchObject({ accepted: true, duplicate: false, ids: 5 });
    const again = await request(rig.companionUrl).post(path).send(delivery);
    expect(again.body).toMatchObject({ accepted: true, duplicate: true });
  });
});
