import { hasNestedRepetition } from './guarded-regex';

describe('nested repetition in regular expressions', () => {
  it.each(['(a+)+$', '(a*)*', '(\\w+\\s?)*$', '((ab)+c)+', '(x{2,})+', '(a|b+){3,}'])(
    'refuses %s',
    (pattern) => expect(hasNestedRepetition(pattern)).toBe(true),
  );

  it.each([
    '^SAMPLE-\\d+$',
    '(ab)+',
    '(a+)?',
    '[(a+)]+',
    '\\(a+\\)+',
    '(a+)b+',
    '(a{1})+',
    'GB\\d{2}',
  ])('accepts %s', (pattern) => expect(hasNestedRepetition(pattern)).toBe(false));
});
