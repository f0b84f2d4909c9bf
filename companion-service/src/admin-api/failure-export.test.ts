import request from 'supertest';

import { csvCell, csvLine } from './failure-export';
import { addDeadLetter, bearer, type Harness, openHarness } from './test-harness';

const ORDER = 'cccccccc-0000-4000-8000-000000000001';

describe('failures CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+1', "'=1+1"],
    ['+44 113', "'+44 113"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['two\nlines', '"two\nlines"'],
  ])('escapes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes null as empty and numbers as text', () => {
    expect(csvLine([1, null, 'x'])).toBe('1,,x');
  });

  describe('GET /failures/export.csv', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await openHarness();
      await harness.store.query(
        `INSERT INTO order_sync (order_guid, order_number, state) VALUES ($1, 'ORD-77', 'dead-lettered')`,
        [ORDER],
      );
      await addDeadLetter(harness.store, {
        flow: 'order',
        recordKey: ORDER,
        reason: 'unknown-sku',
        message: '=cmd|calc',
      });
      await addDeadLetter(harness.store, { flow: 'order', recordKey: ORDER, reason: 'refused' });
    });
    afterAll(() => harness.close());
    const get = (path: string) =>
      request(harness.app).get(path).set('Authorization', bearer()).buffer(true);

    it('answers text/csv with names, hints and formula-safe cells, filtered by reason', async () => {
      const res = await get('/api/v1/failures/export.csv?reason=unknown-sku').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'Failure,Order number,Record,Flow,Reason,Problem,How to fix,Message,Failed at',
      );
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`,ORD-77,${ORDER},order,unknown-sku,`);
      expect(lines[1]).toContain(",'=cmd|calc,");
    });

    it('exports every open failure without a filter and refuses an unknown reason', async () => {
      const all = await get('/api/v1/failures/export.csv').expect(200);
      expect(all.text.trim().split('\r\n')).toHaveLength(3);
      const bad = await get('/api/v1/failures/export.csv?reason=nope').expect(400);
      expect(bad.body.field).toBe('reason');
    });
  });
});
