import request from 'supertest';

import { bearer, type Harness, MAPPING, openHarness } from './test-harness';
import { findBadText } from './text-guard';

describe('admin API: text the database cannot store is a 400 naming the field', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it('refuses a NUL in the order search', async () => {
    const res = await request(harness.app)
      .get('/api/v1/orders?search=10%0002')
      .set('Authorization', bearer())
      .expect(400);
    expect(res.body).toMatchObject({ field: 'search' });
    expect(res.body.error).toContain('search');
  });

  it('refuses a NUL or a lone surrogate in a mapping comment, and stores nothing', async () => {
    for (const comment of ['bad\u0000comment', 'lone \uD800 surrogate']) {
      const res = await request(harness.app)
        .put('/api/v1/mappings')
        .set('Authorization', bearer())
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ mapping: MAPPING, comment }))
        .expect(400);
      expect(res.body).toMatchObject({ field: 'comment' });
    }
    const versions = await request(harness.app)
      .get('/api/v1/mappings/versions')
      .set('Authorization', bearer())
      .expect(200);
    expect(JSON.stringify(versions.body)).not.toContain('bad');
  });

  it('lets ordinary text through, emoji (surrogate pairs) included', async () => {
    await request(harness.app)
      .get(`/api/v1/orders?search=${encodeURIComponent('café 😀')}`)
      .set('Authorization', bearer())
      .expect(200);
  });

  it('names nested fields and keys', () => {
    expect(findBadText({ a: [{ b: 'ok' }, { b: 'x\u0000' }] })).toBe('a.1.b');
    expect(findBadText({ 'k\uDC00': 1 })).toBe('k\uDC00');
    expect(findBadText({ a: 'fine 😀', n: 1, z: null })).toBeUndefined();
  });
});
