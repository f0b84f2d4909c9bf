import request from 'supertest';

import { bearer, type Harness, MAPPING, openHarness, token } from './test-harness';

describe('admin API: mappings', () => {
  let harness: Harness;
  const get = (path: string) => request(harness.app).get(path).set('Authorization', bearer());
  const put = (body: object, who = 'alice') =>
    request(harness.app)
      .put('/api/v1/mappings')
      .set('Authorization', bearer(token(['view', 'edit'], { sub: who })))
      .send(body);

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it('the mapping the instance started from is version 1', async () => {
    const res = await get('/api/v1/mappings/current').expect(200);
    expect(res.body).toEqual({
      version: 1,
      mapping: MAPPING,
      author: 'system',
      authorName: null,
      comment: expect.any(String),
      createdAt: expect.any(String),
    });
  });

  it('rejects an invalid mapping with 400 naming the field, storing nothing', async () => {
    const broken = { ...MAPPING, brightpearl: { ...MAPPING.brightpearl, channelId: 'one' } };
    const res = await put({ mapping: broken }).expect(400);
    expect(res.body.field).toBe('mapping.brightpearl.channelId');
    expect(res.body.error).toContain('mapping.brightpearl.channelId');
    const missing = await put({ comment: 'no mapping' }).expect(400);
    expect(missing.body.field).toBe('mapping');
    expect(await harness.mappings.current()).toEqual({ version: 1, mapping: MAPPING });
    expect((await get('/api/v1/mappings/versions')).body).toHaveLength(1);
  });

  it('stores each change as a new version with author and comment, run from then on', async () => {
    const next = { ...MAPPING, shippingMethods: { Standard: 1, Express: 2 } };
    const saved = await put({ mapping: next, comment: 'add Express', baseVersion: 1 }, 'bob');
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, author: 'bob', comment: 'add Express' });
    expect(saved.body.mapping.shippingMethods).toEqual({ Standard: 1, Express: 2 });
    // No restart and no "apply": the running instance's next job reads the stored version.
    expect(await harness.mappings.current()).toEqual({ version: 2, mapping: saved.body.mapping });

    await put({ mapping: MAPPING, comment: 'revert' }).expect(200);
    const versions = await get('/api/v1/mappings/versions').expect(200);
    expect(
      versions.body.map((v: { version: number; author: string }) => [v.version, v.author]),
    ).toEqual([
      [3, 'alice'],
      [2, 'bob'],
      [1, 'system'],
    ]);
    expect((await get('/api/v1/mappings/current')).body.version).toBe(3);
    const two = await get('/api/v1/mappings/versions/2').expect(200);
    expect(two.body.mapping.shippingMethods.Express).toBe(2);
    await get('/api/v1/mappings/versions/9').expect(404);
    const audit = await get('/api/v1/audit?target=mapping:2').expect(200);
    expect(audit.body.items[0]).toMatchObject({ actor: 'bob', action: 'mapping.update' });
  });

  it('refuses a change based on a stale version (409)', async () => {
    const res = await put({ mapping: MAPPING, baseVersion: 1 }).expect(409);
    expect(res.body.error).toContain('since version 1');
  });

  it('reverts to an old version by storing it as a new one, run from then on and audited', async () => {
    const revert = (version: number, body: object, auth = bearer()) =>
      request(harness.app)
        .post(`/api/v1/mappings/versions/${version}/revert`)
        .set('Authorization', auth)
        .send(body);
    const carol = bearer(token(['view', 'edit'], { sub: 'carol', name: 'Carol Reyes' }));
    const res = await revert(2, {}, carol).expect(200);
    expect(res.body).toMatchObject({
      version: 4,
      author: 'carol',
      authorName: 'Carol Reyes',
      comment: 'Revert to version 2',
    });
    expect(res.body.mapping.shippingMethods).toEqual({ Standard: 1, Express: 2 });
    expect(await harness.mappings.current()).toEqual({ version: 4, mapping: res.body.mapping });
    expect((await get('/api/v1/mappings/current')).body.version).toBe(4);
    const audit = await get('/api/v1/audit?target=mapping:4').expect(200);
    expect(audit.body.items[0]).toMatchObject({
      actor: 'carol',
      actorName: 'Carol Reyes',
      action: 'mapping.revert',
      details: { previousVersion: 3, revertedTo: 2, comment: 'Revert to version 2' },
    });

    const commented = await revert(1, { comment: 'back to the original' }).expect(200);
    expect(commented.body).toMatchObject({ version: 5, comment: 'back to the original' });
    await revert(42, {}).expect(404);
    const viewer = await revert(1, {}, bearer(token(['view']))).expect(403);
    expect(viewer.body.error).toContain("'edit'");
    const versions = (await get('/api/v1/mappings/versions')).body;
    expect(versions).toHaveLength(5);
    // Names only where the token carried one: the others (and version 1) fall back to the id.
    expect(versions.map((v: { authorName: string | null }) => v.authorName)).toEqual([
      null,
      'Carol Reyes',
      null,
      null,
      null,
    ]);
  });

  it('a view-only token may check a draft but not store it (403)', async () => {
    const view = bearer(token(['view']));
    await request(harness.app)
      .post('/api/v1/mappings/validate')
      .set('Authorization', view)
      .send({ mapping: MAPPING })
      .expect(200);
    await request(harness.app)
      .put('/api/v1/mappings')
      .set('Authorization', view)
      .send({ mapping: MAPPING })
      .expect(403);
  });
});
