import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { ADMIN, adminEdit, saveMapping } from '../support/mapping-helpers';
import {
  brightpearlOrdersByExternalRef,
  placeGeneratedOrders,
  waitForWriteBack,
} from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'companion-service/src/cli/config-cli.ts');

/** `npm run config -- …` as a merchant runs it: a process signing its own admin token. */
function configCli(
  args: string[],
  signing = true,
): Promise<{ code: number; out: string; err: string }> {
  const env = {
    PATH: process.env.PATH,
    ...(signing
      ? {
          ADMIN_TOKEN_SECRET: ADMIN.tokenSecret,
          ADMIN_TOKEN_AUDIENCE: ADMIN.audience,
          INSTALLATION_ID: ADMIN.installationId,
        }
      : {}),
  };
  return new Promise((resolve) => {
    execFile(TSX, ['--conditions=source', CLI, ...args], { cwd: ROOT, env }, (error, out, err) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }),
    );
  });
}

const versions = async (rig: SandboxRig) =>
  (
    await request(`${rig.companionUrl}/api/v1`)
      .get('/mappings/versions')
      .set('authorization', adminEdit())
      .expect(200)
  ).body as Array<{ version: number; comment: string }>;

/** Each placed order in Brightpearl exactly once, and nothing else. */
function expectExactlyOnce(rig: SandboxRig, guids: string[]): void {
  const byRef = brightpearlOrdersByExternalRef(rig);
  for (const guid of guids) expect(byRef.get(guid)).toHaveLength(1);
  expect(rig.brightpearl.state.orders.size).toBe(guids.length);
}

/**
 * Dev → Prod (ADR 0027): a configuration exported from one companion is checked against the
 * other's own Brightpearl before it applies; orders keep flowing across the import.
 */
describe('configuration moved between environments', () => {
  let dev: SandboxRig;
  let prod: SandboxRig;
  let dir: string;
  const placed: string[] = [];

  beforeAll(async () => {
    [dev, prod] = await Promise.all([
      startSandbox({ cap: 100_000, catalogSize: 10, seed: 141, admin: ADMIN }),
      startSandbox({ cap: 100_000, catalogSize: 10, seed: 142, admin: ADMIN }),
    ]);
    dir = await mkdtemp(path.join(tmpdir(), 'bpkc-config-'));
  });
  afterAll(async () => {
    await Promise.all([dev?.stop(), prod?.stop()]);
  });

  const file = () => path.join(dir, 'dev-configuration.json');
  const prodWarehouses = () => prod.brightpearl.state.lookups.warehouses;

  it('exports from Dev and refuses the import into a Prod whose Brightpearl lacks a mapped warehouse', async () => {
    // Dev's stock comes from two warehouses; Prod's account has no warehouse 3.
    await saveMapping(dev.companionUrl, (mapping) => ({
      ...mapping,
      stock: { warehouseIds: [2, 3] },
    }));
    const exported = await configCli(['export', file(), '--url', dev.companionUrl]);
    expect(exported).toMatchObject({ code: 0 });
    const document = JSON.parse(await readFile(file(), 'utf8'));
    expect(document.source).toEqual({ installationId: ADMIN.installationId, mappingVersion: 2 });

    const before = placeGeneratedOrders(prod, 3).map((order) => order.OrderGUID);
    placed.push(...before);
    prod.brightpearl.state.lookups.warehouses = prodWarehouses().filter((w) => w.id !== 3);
    await prod.companion.connect(prod.companionUrl);

    const diff = await configCli(['diff', file(), '--url', prod.companionUrl]);
    expect(diff.code).toBe(1);
    expect(diff.out).toContain(
      'ERROR configuration.stock.warehouseIds.1: Brightpearl warehouse 3 does not exist',
    );
    const refused = await configCli(['import', file(), '--yes', '--url', prod.companionUrl]);
    expect(refused.code).toBe(1);
    expect(await versions(prod)).toHaveLength(1);

    // The admin API says the same, naming the field.
    const api = await request(`${prod.companionUrl}/api/v1`)
      .post('/configuration/import')
      .set('authorization', adminEdit())
      .send({ document, baseVersion: 1 })
      .expect(400);
    expect(api.body.field).toBe('document.configuration.stock.warehouseIds.1');
    await waitForWriteBack(prod, before);
  });

  it('applies a good import with its diff, losing and duplicating no order across it', async () => {
    prod.brightpearl.state.lookups.warehouses = [
      ...prodWarehouses(),
      { ...dev.brightpearl.state.lookups.warehouses.find((w) => w.id === 3)! },
    ];
    await prod.companion.connect(prod.companionUrl);
    const usage = await configCli(['import', '--url', prod.companionUrl]);
    expect(usage.code).toBe(2);
    const unconfirmed = await configCli(['import', file(), '--url', prod.companionUrl]);
    expect(unconfirmed.code).toBe(1);
    // In the merchant's words, with Brightpearl's names from this environment and the path after.
    expect(unconfirmed.out).toContain(
      '+ Warehouses Kentico may sell from: 2 (Main Warehouse), 3 (Overflow) [stock.warehouseIds]',
    );
    expect(unconfirmed.out).toContain('Not applied: run again with --yes');

    const during = placeGeneratedOrders(prod, 4).map((order) => order.OrderGUID);
    const applied = await configCli(['import', file(), '--yes', '--url', prod.companionUrl]);
    const after = placeGeneratedOrders(prod, 4).map((order) => order.OrderGUID);
    placed.push(...during, ...after);
    expect(applied).toMatchObject({ code: 0 });
    expect(applied.out).toContain('Imported as version 2');
    expect((await versions(prod))[0]).toMatchObject({
      version: 2,
      comment: `Imported from ${ADMIN.installationId} (version 2)`,
    });
    // Importing the same document again changes nothing.
    expect(
      (await configCli(['import', file(), '--yes', '--url', prod.companionUrl])).out,
    ).toContain('Nothing to import.');
    await waitForWriteBack(prod, placed);
    expectExactlyOnce(prod, placed);
  });

  it('maps an unmapped shipping method from a suggestion; its failed order replays into Brightpearl once', async () => {
    const input = { ...prod.generator.nextOrder(), shippingMethod: 'RoyalMailFirstClass' };
    const order = prod.kentico.placeOrder(input);
    const letter = await waitFor(async () => {
      const rows = await prod.companion.store.query<{ id: number; reason: string }>(
        `SELECT id, reason FROM dead_letters WHERE record_key = $1 AND resolved_at IS NULL`,
        [order.OrderGUID],
      );
      return rows[0];
    });
    expect(letter.reason).toBe('unmapped-shipping-method');

    const api = () => request(`${prod.companionUrl}/api/v1`);
    const suggestions = (
      await api().get('/suggestions').set('authorization', adminEdit()).expect(200)
    ).body as Array<{ id: string; kenticoValue: string; brightpearlValue: string; seenIn: string }>;
    const best = suggestions.find((s) => s.kenticoValue === 'RoyalMailFirstClass');
    expect(best).toMatchObject({ brightpearlValue: '1', seenIn: '1 failed order' });
    const accepted = await api()
      .post('/suggestions/accept')
      .set('authorization', adminEdit())
      .send({ id: best!.id, baseVersion: 2 })
      .expect(200);
    expect(accepted.body.mapping.shippingMethods.RoyalMailFirstClass).toBe(1);

    await api().post(`/failures/${letter.id}/replay`).set('authorization', adminEdit()).expect(200);
    const [synced] = await waitForWriteBack(prod, [order.OrderGUID]);
    placed.push(order.OrderGUID);
    const created = prod.brightpearl.state.orders.get(synced!.BpcBrightpearlOrderID!);
    expect(created?.delivery.shippingMethodId).toBe(1);
    expectExactlyOnce(prod, placed);
  });

  it('exports to stdout with a token from the sandbox admin shell; refuses a file that is not JSON', async () => {
    const printed = await configCli(['export', '--sandbox', '--url', prod.companionUrl], false);
    expect(JSON.parse(printed.out).source.mappingVersion).toBe(3);
    await writeFile(path.join(dir, 'broken.json'), '{ not json');
    const broken = await configCli([
      'diff',
      path.join(dir, 'broken.json'),
      '--url',
      prod.companionUrl,
    ]);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('is not JSON');
  });
});
