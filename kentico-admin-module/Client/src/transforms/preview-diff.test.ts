import { diffBodies } from './preview-diff';

describe('diffBodies', () => {
  it('names each changed leaf with both values', () => {
    const current = { ref: '1001', rows: [{ name: 'Mug', qty: 1 }], delivery: { id: 1 } };
    const draft = { ref: 'WEB-1001', rows: [{ name: 'MUG', qty: 1 }], delivery: { id: 1 } };
    expect(diffBodies(current, draft)).toEqual([
      { path: 'ref', current: '"1001"', draft: '"WEB-1001"' },
      { path: 'rows[0].name', current: '"Mug"', draft: '"MUG"' },
    ]);
  });

  it('shows fields only one side sends, and nothing for equal requests', () => {
    expect(diffBodies({ a: 1 }, { a: 1, b: 'x' })).toEqual([
      { path: 'b', current: '(not sent)', draft: '"x"' },
    ]);
    expect(diffBodies({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
  });

  it('lists no fields when one side sends nothing (the decision tells)', () => {
    expect(diffBodies({ a: 1 }, null)).toEqual([]);
  });
});
