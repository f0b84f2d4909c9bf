import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Tests: the smallest valid mapping file, written to a fresh temporary folder; its path. */
export function minimalMappingFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bpkc-config-')), 'mapping.json');
  writeFileSync(
    path,
    JSON.stringify({
      version: 1,
      brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
      orderStatuses: { Pending: 3 },
      shippingMethods: { Std: 1 },
      taxCodes: { '20': 'T20' },
      currencies: ['GBP'],
    }),
  );
  return path;
}
