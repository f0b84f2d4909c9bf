import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import type { MappingConfig } from '@bpkc/shared-types';
import request from 'supertest';

import { ADMIN, adminEdit, saveMapping } from '../support/mapping-helpers';
import { brightpearlOrdersByExternalRef, waitForWriteBack } from '../support/sandbox-helpers';
import { waitForCatalogImport, waitForStockIdle } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';

const TRANSFORMS = {
  ref: '"WEB-" & OrderNumber',
  warehouseId:
    'Addresses[OrderAddressType = "Shipping"].OrderAddressCountryThreeLetterCode = "DEU" ? 3 : 2',
  'row.name': 'OrderItemSKU & " | " & OrderItemName & " (" & $order.OrderNumber & ")"',
};

/** Field transforms change what reaches Brightpearl, and the preview shows it at zero calls. */
describe('field transforms on real synced orders', () => {
  let rig: SandboxRig;
  const api = () => request(`${rig.companionUrl}/api/v1`);

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 31, admin: ADMIN });
  });
  afterAll(() => rig.stop());

  const placeTo = (country: 'GBR' | 'DEU') => {
    const input = rig.generator.nextOrder();
    const shippingAddress =
      country === 'DEU'
        ? { line1: 'Unter den Linden 1', city: 'Berlin', zip: '10117', country: 'DEU' }
        : { line1: '1 High St', city: 'Leeds', zip: 'LS1 1AA', country: 'GBR' };
    return rig.kentico.placeOrder({ ...input, shippingMethod: 'RoyalMail1st', shippingAddress });
  };

  it('sends the shaped body: ref prefix, warehouse by country, row names; 0 lost, 0 duplicated', async () => {
    await saveMapping(rig.companionUrl, (mapping: MappingConfig) => ({
      ...mapping,
      transforms: { ...mapping.transforms, salesOrder: TRANSFORMS },
    }));
    const placed = [placeTo('DEU'), placeTo('GBR'), placeTo('DEU')];
    const synced = await waitForWriteBack(
      rig,
      placed.map((order) => order.OrderGUID),
    );

    const byRef = brightpearlOrdersByExternalRef(rig);
    for (const order of synced) {
      // Exactly once: one Brightpearl order per Kentico order, none lost.
      expect(byRef.get(order.OrderGUID)).toHaveLength(1);
      const created = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!;
      const shipping = order.Addresses.find((a) => a.OrderAddressType === 'Shipping')!;
      expect(created.ref).toBe(`WEB-${order.OrderNumber}`);
      expect(created.warehouseId).toBe(
        shipping.OrderAddressCountryThreeLetterCode === 'DEU' ? 3 : 2,
      );
      for (const item of order.Items) {
        const row = created.rows.find((candidate) => candidate.externalRef === item.OrderItemGUID);
        expect(row?.name).toBe(
          `${item.OrderItemSKU} | ${item.OrderItemName} (${order.OrderNumber})`,
        );
      }
    }
    // Both branches of the warehouse transform ran (placed: Germany, UK, Germany).
    const warehouses = synced.map(
      (order) => rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.warehouseId,
    );
    expect(warehouses).toEqual([3, 2, 3]);
  });

  it('shapes the contact created for a new customer', async () => {
    await saveMapping(rig.companionUrl, (mapping: MappingConfig) => ({
      ...mapping,
      transforms: {
        ...mapping.transforms,
        contact: {
          lastName: '$uppercase(customer.CustomerLastName)',
          companyName: '"Web: " & billingAddress.OrderAddressCity',
        },
      },
    }));
    const input = rig.generator.nextOrder();
    const customer = { ...input.customer, email: `transform-${Date.now()}@example.com` };
    const placed = rig.kentico.placeOrder({ ...input, customer });
    const [order] = await waitForWriteBack(rig, [placed.OrderGUID]);
    const created = rig.brightpearl.state.orders.get(order!.BpcBrightpearlOrderID!)!;
    const contact = rig.brightpearl.state.contacts.get(created.customer.id)!;
    const billing = order!.Addresses.find((a) => a.OrderAddressType === 'Billing')!;
    expect(contact.lastName).toBe(order!.Customer.CustomerLastName.toUpperCase().slice(0, 32));
    expect(contact.companyName).toBe(`Web: ${billing.OrderAddressCity}`);
    expect(brightpearlOrdersByExternalRef(rig).get(order!.OrderGUID)).toHaveLength(1);
  });

  it('previews the current and a draft configuration at zero Brightpearl calls', async () => {
    const order = placeTo('DEU');
    await waitForWriteBack(rig, [order.OrderGUID]);
    const current = await api().get('/mappings/current').set('authorization', adminEdit());
    const draft = {
      ...current.body.mapping,
      transforms: {
        ...current.body.mapping.transforms,
        salesOrder: { ...TRANSFORMS, ref: '"SHOP-" & OrderNumber', note: '"Ships to Germany"' },
      },
    };
    // The order's own follow-on work (stock after the allocation, write-back) finishes first.
    await waitForStockIdle(rig);
    await waitFor(async () =>
      Object.values(await rig.companion.queue.depths()).every((depth) => depth === 0),
    );
    rig.brightpearl.requestLog.reset();

    const samples = await api()
      .get('/preview/samples?entity=salesOrder')
      .set('authorization', adminEdit())
      .expect(200);
    expect(samples.body[0].id).toBe(order.OrderGUID);
    const preview = await api()
      .post('/preview')
      .set('authorization', adminEdit())
      .send({ entity: 'salesOrder', id: order.OrderGUID, draft })
      .expect(200);
    const tested = await api()
      .post('/transforms/test')
      .set('authorization', adminEdit())
      .send({ entity: 'salesOrder', key: 'warehouseId', expression: TRANSFORMS.warehouseId })
      .expect(200);

    expect(rig.brightpearl.requestLog.entries()).toEqual([]);
    expect(preview.body.brightpearlCalls).toBe(0);
    expect(tested.body).toEqual({ ok: true, value: 3 });
    expect(preview.body.current).toMatchObject({
      decision: 'send',
      body: { ref: `WEB-${order.OrderNumber}`, warehouseId: 3, externalRef: order.OrderGUID },
    });
    // A returning customer and bound products: real ids, no placeholders.
    expect(preview.body.current.body.customer.id).toBeGreaterThan(0);
    expect(preview.body.current.notes).toEqual([]);
    expect(preview.body.draft).toMatchObject({
      decision: 'send',
      body: { ref: `SHOP-${order.OrderNumber}`, warehouseId: 3 },
      followUps: [
        {
          method: 'POST',
          path: '/order-service/order/{orderId}/note',
          body: { text: 'Ships to Germany', isPublic: false },
        },
      ],
    });
  });

  it('previews a product catalog sync read, current and edited name, at zero Brightpearl calls', async () => {
    // The import on connect is the catalog sync that keeps the product samples.
    await waitForCatalogImport(rig);
    await waitForStockIdle(rig);
    await waitFor(async () =>
      Object.values(await rig.companion.queue.depths()).every((depth) => depth === 0),
    );
    const current = await api().get('/mappings/current').set('authorization', adminEdit());
    const draft = {
      ...current.body.mapping,
      transforms: {
        ...current.body.mapping.transforms,
        product: { name: '$uppercase(name) & " (" & sku & ")"' },
      },
    };
    rig.brightpearl.requestLog.reset();

    const samples = await api()
      .get('/preview/samples?entity=product')
      .set('authorization', adminEdit())
      .expect(200);
    expect(samples.body).toHaveLength(rig.catalog.length);
    const sku: string = samples.body[0].id;
    expect(samples.body[0].label).toMatch(new RegExp(`^Product ${sku} — `));
    const preview = await api()
      .post('/preview')
      .set('authorization', adminEdit())
      .send({ entity: 'product', id: sku, draft })
      .expect(200);
    const unknown = await api()
      .post('/preview')
      .set('authorization', adminEdit())
      .send({ entity: 'product', id: 'NO-SUCH-SKU-1' })
      .expect(404);

    expect(rig.brightpearl.requestLog.entries()).toEqual([]);
    expect(preview.body.brightpearlCalls).toBe(0);
    expect(unknown.body.error).toContain('NO-SUCH-SKU-1');
    // The current side is what catalog sync wrote to Kentico; the draft differs by its name only.
    const inKentico = rig.kentico.getProduct(sku)!;
    const [sent] = preview.body.current.body.products;
    expect(preview.body.current).toMatchObject({ decision: 'send', notes: [] });
    expect(sent).toMatchObject({ sku, name: inKentico.name, price: inKentico.price });
    expect(preview.body.draft).toMatchObject({
      decision: 'send',
      request: { system: 'kentico', method: 'PUT', path: '/products' },
    });
    expect(preview.body.draft.body.products).toEqual([
      { ...sent, name: `${inKentico.name.toUpperCase()} (${sku})` },
    ]);
  });
});
