import { formatIdSet, idSetSize, IdSetError, parseIdRanges, parseIdSet } from './id-set';
import { WebhookDelivery } from './webhook';

describe('id sets', () => {
  it('parses ids and ranges in the order written', () => {
    expect(parseIdSet('5, 1-3 ,9')).toEqual([5, 1, 2, 3, 9]);
    expect(formatIdSet(parseIdSet('5,1-3,4,9'))).toBe('1-5,9');
  });

  it('folds a set into sorted, merged ranges and counts it without expanding', () => {
    expect(parseIdRanges('10-20,1,15-25,2,26', { maxIds: 100 })).toEqual({
      ranges: [
        { from: 1, to: 2 },
        { from: 10, to: 26 },
      ],
      count: 19,
    });
    expect(parseIdRanges('1-200000', { maxIds: 200_000 }).count).toBe(200_000);
    expect(idSetSize('1-999999999')).toBe(999_999_999);
    expect(idSetSize('all')).toBeUndefined();
  });

  it.each([
    ['9007199254740992', /larger than 2147483647/],
    ['99999999999999999999', /larger than 2147483647/],
    ['1-9007199254740993', /larger than/],
    ['2147483648', /larger than/],
    ['1-999999999', /more than 10000 ids/],
    ['5-1', /runs backwards/],
    ['1-5,,7', /not an id/],
    ['-3', /not an id/],
    ['1.5', /not an id/],
    ['', /not an id/],
  ])('refuses %s before expanding anything', (text, message) => {
    expect(() => parseIdSet(text)).toThrow(IdSetError);
    expect(() => parseIdRanges(text)).toThrow(message);
  });

  it('counts overlapping parts against the bound (no repeat trick)', () => {
    expect(() => parseIdRanges('1-6000,1-6000')).toThrow(/more than 10000/);
  });

  it('the webhook schema names the id field for any set out of bounds', () => {
    const delivery = {
      accountCode: 'a',
      resourceType: 'product',
      lifecycleEvent: 'modified',
      fullEvent: 'product.modified',
      raisedOn: '2026-01-01T00:00:00Z',
    };
    expect(WebhookDelivery.safeParse({ ...delivery, id: '1-200000' }).success).toBe(true);
    for (const id of ['1-200001', '5-1', '99999999999999999999', '1-999999999']) {
      const parsed = WebhookDelivery.safeParse({ ...delivery, id });
      expect(parsed.error?.issues[0]?.path).toEqual(['id']);
    }
  });
});
