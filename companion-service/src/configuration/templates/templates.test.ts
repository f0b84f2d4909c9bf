import { ConfigurationDocument, MappingConfig } from '@bpkc/shared-types';

import { brightpearlReferences } from '../../mapping';
import { evaluateExpression, SAMPLE_ORDER, shapingIssues } from '../../shaping';
import { COMPANY_ORDER } from './b2b-net-terms';
import { priceListByCurrency, warehouseByCountry } from './eu-multi-currency';
import { listTemplates, TEMPLATES } from './template-catalog';

const CURRENT = MappingConfig.parse({
  version: 1,
  brightpearl: { channelId: 7, warehouseId: 2, priceListId: 1 },
  orderStatuses: { Pending: 3 },
  shippingMethods: { Standard: 1 },
  taxCodes: { '20': 'T20' },
  currencies: ['GBP'],
  rules: [
    { id: 'mine', name: 'My rule', action: { kind: 'note', text: 'kept' } },
    { id: 'uk-only-hold-abroad', name: 'old version', action: { kind: 'note', text: 'replaced' } },
  ],
});

const ids = (mapping: MappingConfig) =>
  new Set(
    brightpearlReferences(mapping).map((reference) => `${reference.list}:${reference.value}`),
  );

describe('templates', () => {
  it('lists the three starters, each with highlights', () => {
    expect(listTemplates().map((template) => template.id)).toEqual([
      'uk-single-warehouse',
      'eu-multi-currency',
      'b2b-net-terms',
    ]);
    for (const template of listTemplates()) expect(template.highlights.length).toBeGreaterThan(0);
  });

  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    '%s parses as a configuration, passes save-time checks and travels in a document',
    async (_id, template) => {
      const result = template.apply(CURRENT);
      const mapping = MappingConfig.parse(result.mapping);
      const errors = (await shapingIssues(mapping)).filter((issue) => issue.severity === 'error');
      expect(errors).toEqual([]);
      // It invents no Brightpearl id: every id it names was already in the configuration.
      for (const id of ids(mapping)) expect(ids(CURRENT)).toContain(id);
      const document = ConfigurationDocument.parse({
        kind: 'brightpearl-kentico-connect/configuration',
        formatVersion: 1,
        exportedAt: '2026-12-07T08:00:00.000Z',
        source: { installationId: null, mappingVersion: 2 },
        configuration: JSON.parse(JSON.stringify(mapping)),
      });
      expect(document.configuration).toEqual(mapping);
      // The merchant's own rules stay.
      expect(mapping.rules.map((rule) => rule.id)).toContain('mine');
    },
  );

  it('UK single warehouse: GBP only, stock from the order warehouse, its rule replacing an older one', () => {
    const uk = MappingConfig.parse(TEMPLATES[0]!.apply(CURRENT).mapping);
    expect(uk.currencies).toEqual(['GBP']);
    expect(uk.stock.warehouseIds).toEqual([2]);
    expect(uk.rules.map((rule) => rule.id)).toEqual(['uk-only-hold-abroad', 'mine']);
    expect(uk.checks.address.mode).toBe('hold');
  });

  it('EU multi-currency: price list by currency and warehouse by country, today\u2019s ids until mapped', async () => {
    const eu = TEMPLATES[1]!.apply(CURRENT);
    expect(MappingConfig.parse(eu.mapping).currencies).toEqual(['EUR', 'GBP', 'USD']);
    expect(eu.stillToMap.map((issue) => issue.path)).toEqual([
      'transforms.salesOrder.priceListId',
      'transforms.salesOrder.warehouseId',
    ]);
    const euro = { ...SAMPLE_ORDER, BpcCurrencyCode: 'EUR' };
    expect(await evaluateExpression(priceListByCurrency(1), euro)).toBe(1);
    expect(await evaluateExpression(warehouseByCountry(2), SAMPLE_ORDER)).toBe(2);
    const elsewhere = {
      ...SAMPLE_ORDER,
      Addresses: SAMPLE_ORDER.Addresses.map((a) => ({
        ...a,
        OrderAddressCountryThreeLetterCode: 'JPN',
      })),
    };
    expect(await evaluateExpression(warehouseByCountry(2), elsewhere)).toBe(2);
  });

  it('B2B: company orders are told apart by the billing company name', async () => {
    const b2b = MappingConfig.parse(TEMPLATES[2]!.apply(CURRENT).mapping);
    expect(b2b.customers.identity).toBe('brightpearl');
    expect(b2b.rules.find((rule) => rule.id === 'b2b-company-channel')?.action).toEqual({
      kind: 'route',
      channelId: 7,
    });
    const withCompany = (company: string | null) => ({
      ...SAMPLE_ORDER,
      Addresses: SAMPLE_ORDER.Addresses.map((a) => ({ ...a, OrderAddressCompany: company })),
    });
    expect(await evaluateExpression(COMPANY_ORDER, withCompany('Acme Ltd'))).toBe(true);
    expect(await evaluateExpression(COMPANY_ORDER, withCompany(null))).toBe(false);
    expect(await evaluateExpression(COMPANY_ORDER, withCompany('  '))).toBe(false);
  });
});
