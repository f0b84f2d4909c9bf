import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type Lookups, MappingConfig } from '@bpkc/shared-types';

import { referenceIssues } from './account-references';
import { brightpearlReferences } from './mapping-references';

const example = MappingConfig.parse(
  JSON.parse(
    readFileSync(path.join(__dirname, '../../../docs/mapping.example.json'), 'utf8'),
  ) as unknown,
);

/** The sandbox account's ids (sandbox/src/brightpearl/lookups-data.ts), as a merchant might. */
const option = (value: string) => ({ value, label: `#${value}` });
const SANDBOX_LIKE: Lookups = {
  kentico: null,
  brightpearl: {
    orderStatuses: ['1', '2', '3', '4', '5'].map(option),
    shippingMethods: ['1', '2', '3', '4'].map(option),
    paymentMethods: ['CARD', 'PAYPAL', 'BANK'].map(option),
    warehouses: ['2', '3'].map(option),
    channels: ['1'].map(option),
    priceLists: ['0', '1'].map(option),
    taxCodes: ['T20', 'T5', 'Z', 'N'].map(option),
    nominalCodes: ['1200', '4000', '4040', '7901'].map(option),
  },
  fetchedAt: new Date(0).toISOString(),
  errors: [{ source: 'kentico', message: 'not part of this test' }],
};

describe('the example mapping', () => {
  it('carries no account ids: every one is a placeholder the check names until it is mapped', () => {
    const flagged = new Set(
      referenceIssues(example, SANDBOX_LIKE)
        .filter((issue) => issue.severity === 'error')
        .map((issue) => issue.path),
    );
    // Nominal codes are Brightpearl's standard chart (4000 sales, 4040 shipping, 1200 bank,
    // 7901 bank charges), not ids of one account: they are checked, but may well exist.
    const accountIds = brightpearlReferences(example).filter(
      (reference) => reference.list !== 'nominalCodes',
    );
    expect(accountIds.length).toBeGreaterThan(10);
    expect(accountIds.filter((reference) => !flagged.has(reference.path))).toEqual([]);
  });
});
