import { MappingConfig, type TransformTarget } from '@bpkc/shared-types';

import { applyDraft, customFieldProblem, draftOf, rowsOf } from './transform-draft';

const mapping = MappingConfig.parse({
  version: 1,
  brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
  orderStatuses: {},
  shippingMethods: {},
  taxCodes: {},
  currencies: ['GBP'],
  transforms: { salesOrder: { ref: '"WEB-" & OrderNumber' } },
});

const target = (key: string, pattern = false): TransformTarget => ({
  entity: 'salesOrder',
  key,
  label: key,
  type: 'string',
  description: '',
  pattern,
});

describe('transform draft', () => {
  it('drops emptied expressions and keeps the rest of the mapping', () => {
    const draft = draftOf(mapping);
    draft.salesOrder.ref = '  ';
    draft.salesOrder['customFields.PCF_SOURCE'] = '"web"';
    const next = applyDraft(mapping, draft);
    expect(next.transforms.salesOrder).toEqual({ 'customFields.PCF_SOURCE': '"web"' });
    expect(next.brightpearl).toEqual(mapping.brightpearl);
  });

  it('lists fixed targets, then custom fields of the draft, never the pattern itself', () => {
    const targets = [target('ref'), target('customFields.<CODE>', true)];
    const rows = rowsOf(targets, 'salesOrder', { 'customFields.PCF_B': 'x', ref: 'y' });
    expect(rows.map((row) => row.key)).toEqual(['ref', 'customFields.PCF_B']);
    expect(rows[1]!.label).toBe('Custom field PCF_B');
  });

  it('says why a custom field code cannot be added', () => {
    expect(customFieldProblem('PCF_NEW', {})).toBeNull();
    expect(customFieldProblem('9X', {})).toMatch(/Letters, digits/);
    expect(customFieldProblem('PCF_B', { 'customFields.PCF_B': 'x' })).toMatch(/already/);
  });
});
