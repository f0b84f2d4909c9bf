import { MappingConfig } from '@bpkc/shared-types';
import { SANDBOX_MAPPING, type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { waitFor } from '../support/wait-for';

describe('products authored in Kentico → Brightpearl', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    const mapping = MappingConfig.parse({
      ...SANDBOX_MAPPING,
      catalog: { products: 'kentico', prices: 'none', stock: 'brightpearl', defaultBrandId: 1 },
    });
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 17, mapping });
  });
  afterAll(() => rig.stop());

  const brightpearlProducts = (sku: string) =>
    [...rig.brightpearl.state.products.values()].filter((product) => product.sku === sku);

  it('creates the product once, with its price, and stores the Brightpearl id in Kentico', async () => {
    rig.kentico.createKenticoProduct({
      sku: 'KEN-0001',
      name: 'Kentico mug',
      price: 12.5,
      taxRate: 20,
      stockTracked: true,
    });
    const product = await waitFor(
      () => rig.kentico.getProduct('KEN-0001')?.brightpearlProductId ?? undefined,
    );

    expect(brightpearlProducts('KEN-0001').map((p) => p.id)).toEqual([product]);
    expect(brightpearlProducts('KEN-0001')[0]!.name).toBe('Kentico mug');
    // A second event for the same product changes nothing.
    const record = rig.kentico.getProduct('KEN-0001')!;
    rig.kentico.emitEvent('product.updated', record.productGuid);
    await rig.kentico.whenIdle();
    await waitFor(async () => ((await rig.companion.status()).queue['product-create'] ?? 0) === 0);
    expect(brightpearlProducts('KEN-0001')).toHaveLength(1);
  });

  it('does not import Brightpearl products into Kentico when Kentico owns them', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rig.kentico.listProducts().map((p) => p.sku)).toEqual(['KEN-0001']);
    expect((await rig.companion.status()).catalog.import).toBeNull();
  });
});
