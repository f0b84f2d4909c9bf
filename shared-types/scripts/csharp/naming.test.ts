import {
  constantName,
  csharpString,
  interpolatedText,
  parameterName,
  pluralize,
  propertyName,
  singularize,
  uniqueNames,
  xmlDoc,
} from './naming';

describe('C# naming', () => {
  it('keeps wire casing in property names and normalises constants', () => {
    expect(propertyName('OrderGUID')).toBe('OrderGUID');
    expect(propertyName('modifiedSince')).toBe('ModifiedSince');
    expect(constantName('order.status-changed')).toBe('OrderStatusChanged');
    expect(constantName('MAX_STOCK_BATCH')).toBe('MaxStockBatch');
    expect(constantName('LIVE')).toBe('Live');
    expect(constantName('200')).toBe('_200');
    expect(parameterName('string')).toBe('@string');
  });

  it('pluralizes value classes and singularizes list items', () => {
    expect(pluralize('KenticoEventType')).toBe('KenticoEventTypes');
    expect(pluralize('CatalogProductStatus')).toBe('CatalogProductStatuses');
    expect(pluralize('Category')).toBe('Categories');
    expect(singularize('Lines')).toBe('Line');
    expect(singularize('Categories')).toBe('Category');
    expect(singularize('Addresses')).toBe('Address');
    expect(singularize('Data')).toBe('DataItem');
  });

  it('escapes literals and doc text', () => {
    expect(csharpString('a"b\\c\né')).toBe('"a\\"b\\\\c\\u000a\\u00e9"');
    expect(interpolatedText('{x}')).toBe('{{x}}');
    expect(xmlDoc('a < b & `c`')).toBe('a &lt; b &amp; <c>c</c>');
    expect(uniqueNames(['A', 'A', 'T'], 'T')).toEqual(['A', 'A2', 'T2']);
  });
});
