import { changeCells, exportFileName, parseDocument, shownValue } from './change-rows';

describe('configuration change rows', () => {
  it('shows each side of a change, absent sides as (none)', () => {
    expect(
      changeCells({
        path: 'currencies',
        change: 'changed',
        before: ['GBP'],
        after: ['GBP', 'EUR'],
      }),
    ).toEqual(['currencies', 'Changed', '["GBP"]', '["GBP","EUR"]']);
    expect(changeCells({ path: 'rules.big', change: 'added', after: { id: 'big' } })[2]).toBe(
      '(none)',
    );
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
