import { changeTexts, exportFileName, parseDocument, shownValue } from './change-rows';

describe('configuration change rows', () => {
  it('shows each side of a change as named, absent sides as (none)', () => {
    const change = {
      path: 'shippingMethods.PigeonPost',
      change: 'added',
      after: 1,
      label: 'Shipping method PigeonPost → Brightpearl shipping method',
      afterText: '1 (Royal Mail)',
    } as const;
    expect(changeTexts(change)).toEqual({
      change: 'Added',
      before: '(none)',
      after: '1 (Royal Mail)',
    });
    expect(shownValue('x'.repeat(300)).length).toBe(201);
  });

  it('names the export file by version and day', () => {
    expect(exportFileName(7, '2026-12-07T08:00:00.000Z')).toBe(
      'brightpearl-kentico-configuration-v7-2026-12-07.json',
    );
  });

  it('parses a chosen file or says why it cannot', () => {
    expect(parseDocument('{"kind":"x"}')).toEqual({ document: { kind: 'x' } });
    expect(parseDocument('{oops')).toEqual({
      error: expect.stringMatching(/^The file is not JSON/),
    });
  });
});
