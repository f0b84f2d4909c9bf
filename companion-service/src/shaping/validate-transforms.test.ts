import { MappingConfig } from '@bpkc/shared-types';

import { testMapping } from '../mapping/test-mappings';
import { shapingIssues, validateRuleExpressions, validateTransforms } from './index';

const withTransforms = (salesOrder: Record<string, string>, extra: object = {}) =>
  MappingConfig.parse({ ...testMapping(), transforms: { salesOrder, ...extra } });

describe('save-time validation of transforms', () => {
  it('accepts good expressions', async () => {
    const mapping = withTransforms(
      {
        ref: '"WEB-" & OrderNumber',
        channelId: 'BpcCurrencyCode = "EUR" ? 3 : 1',
        'row.name': '$order.OrderNumber & ": " & OrderItemName',
        'customFields.PCF_SOURCE': '"web"',
      },
      {
        contact: { firstName: '$uppercase(customer.CustomerFirstName)' },
        product: { price: 'price * 1.2' },
      },
    );
    expect(await validateTransforms(mapping)).toEqual([]);
  });

  it('names an unknown field, with a suggestion, at the field', async () => {
    const issues = await validateTransforms(withTransforms({ ref: '"WEB-" & OrderNumbr' }));
    expect(issues).toEqual([
      {
        path: 'transforms.salesOrder.ref',
        message:
          'Line 1, position 10: field OrderNumbr is not a field of the Kentico order (did you mean OrderNumber?)',
        severity: 'error',
      },
    ]);
  });

  it('checks nested fields and filters against the order shape', async () => {
    const issues = await validateTransforms(
      withTransforms({
        warehouseId:
          'Addresses[OrderAddressTyp = "Shipping"].OrderAddressCountryThreeLetterCode = "DEU" ? 5 : 1',
        'row.name': '$order.Customer.CustomerNam & OrderItemSKU',
      }),
    );
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'transforms.salesOrder.warehouseId',
        expect.stringContaining(
          'field OrderAddressTyp is not a field of Addresses (did you mean OrderAddressType?)',
        ),
      ],
      [
        'transforms.salesOrder.row.name',
        expect.stringContaining('field CustomerNam is not a field of Customer'),
      ],
    ]);
  });

  it('names an unknown function', async () => {
    const [issue] = await validateTransforms(withTransforms({ ref: '$uppercse(OrderNumber)' }));
    expect(issue?.message).toBe('Line 1, position 1: the function $uppercse does not exist');
  });

  it('does not take the merchant\u2019s own functions for unknown ones', async () => {
    const mapping = withTransforms({
      ref: '( $prefix := function($x) { "WEB-" & $x }; $prefix(OrderNumber) )',
    });
    expect(await validateTransforms(mapping)).toEqual([]);
  });

  it('says when the value has the wrong type for the target', async () => {
    const [issue] = await validateTransforms(withTransforms({ channelId: 'BpcCurrencyCode' }));
    expect(issue).toEqual({
      path: 'transforms.salesOrder.channelId',
      message: 'gives text ("GBP") but Channel needs a whole number (on a sample order)',
      severity: 'error',
    });
  });

  it('reports a syntax error with its position', async () => {
    const [issue] = await validateTransforms(withTransforms({ note: '"Gift: " &' }));
    expect(issue?.message).toMatch(/^Line 1, position \d+: the expression ends too early/);
  });

  it('refuses contact custom fields (nothing would send them)', async () => {
    const mapping = withTransforms({}, { contact: { 'customFields.PCF_X': '"a"' } });
    const [issue] = await validateTransforms(mapping);
    expect(issue?.path).toBe('transforms.contact.customFields.PCF_X');
  });

  it('checks contact and product inputs against their own shapes', async () => {
    const mapping = withTransforms(
      {},
      {
        contact: { lastName: 'customer.CustomerSurname' },
        product: { name: 'productName' },
      },
    );
    const issues = await validateTransforms(mapping);
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('field CustomerSurname is not a field of customer'),
      expect.stringContaining('field productName is not a field of the Brightpearl product'),
    ]);
  });
});

describe('save-time validation of rule expressions', () => {
  const withRule = (expression: string) =>
    MappingConfig.parse({
      ...testMapping(),
      rules: [
        {
          id: 'big',
          name: 'Big orders',
          when: [
            { kind: 'total-over', amount: 10 },
            { kind: 'expression', expression },
          ],
          action: { kind: 'hold', reason: 'check it' },
        },
      ],
    });

  it('accepts a condition that yields true or false', async () => {
    expect(await validateRuleExpressions(withRule('$count(Items) > 3'))).toEqual([]);
  });

  it('refuses a condition that yields something else, at the condition', async () => {
    expect(await validateRuleExpressions(withRule('OrderNumber'))).toEqual([
      {
        path: 'rules.0.when.1.expression',
        message:
          'gives text ("SAMPLE-1001") but a condition needs true or false (on a sample order)',
        severity: 'error',
      },
    ]);
  });

  it('names an unknown field in a condition', async () => {
    const [issue] = await validateRuleExpressions(withRule('OrderTotl > 100'));
    expect(issue?.message).toContain('field OrderTotl is not a field of the Kentico order');
  });
});

describe('save-time warnings', () => {
  it('warns when a rule tags orders but no tag field is chosen', async () => {
    const mapping = MappingConfig.parse({
      ...testMapping(),
      rules: [{ id: 't', name: 'Tag big', action: { kind: 'tag', tag: 'big' } }],
    });
    expect(await shapingIssues(mapping)).toEqual([
      {
        path: 'settings.orderTagField',
        message:
          'rule "Tag big" adds a tag, but no order custom field is chosen for tags: they will not be sent',
        severity: 'warning',
      },
    ]);
    const withField = MappingConfig.parse({ ...mapping, settings: { orderTagField: 'PCF_TAGS' } });
    expect(await shapingIssues(withField)).toEqual([]);
  });
});
