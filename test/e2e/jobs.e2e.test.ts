import { JobsProgress } from '@bpkc/shared-types';
import { mintAdminToken } from '@bpkc/companion-service';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import request from 'supertest';

import { waitFor } from '../support/wait-for';

const secret = 'j'.repeat(40);
const scope = { audience: 'https://companion.shop.example.com', installationId: 'shop-jobs' };
const token = (permissions: Array<'view' | 'edit'>) =>
  mintAdminToken(
    { secret, ...scope },
    {
      sub: 'ops@shop.example.com',
      name: 'Olivia Ops',
      permissions,
      exp: Math.floor(Date.now() / 1000) + 300,
    },
  );

describe('jobs: progress and Run now on the running companion', () => {
  let rig: SandboxRig;
  const api = () => request(`${rig.companionUrl}/api/v1`);
  const edit = () => `Bearer ${token(['view', 'edit'])}`;
  const progress = async () =>
    JobsProgress.parse(
      (await api().get('/jobs/progress').set('Authorization', edit()).expect(200)).body,
    );
  const job = async (name: string) => (await progress()).jobs.find((one) => one.job === name)!;

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 1_000,
      seed: 15,
      warmProductCache: false,
      admin: { tokenSecret: secret, origin: 'https://admin.shop.example.com', ...scope },
    });
  });
  afterAll(() => rig.stop());

  it('runs the catalog import now, once at a time, to done of total', async () => {
    // The first import starts on connect; Run now waits for it like an operator would.
    await waitFor(async () => (await job('catalog-import')).state === 'finished', {
      timeoutMs: 120_000,
    });
    const [first, second] = await Promise.all(
      [0, 1].map(() => api().post('/jobs/catalog-import/run').set('Authorization', edit())),
    );
    expect([first!.status, second!.status].sort()).toEqual([202, 409]);
    const refused = first!.status === 409 ? first! : second!;
    expect(refused.body.error).toMatch(/running already/);
    await waitFor(async () => (await job('catalog-import')).state === 'finished', {
      timeoutMs: 120_000,
    });
    expect(await job('catalog-import')).toMatchObject({ done: 1_000, total: 1_000 });
    const audit = await api().get('/audit').set('Authorization', edit()).expect(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'job.run',
          target: 'job:catalog-import',
          actor: 'ops@shop.example.com',
          actorName: 'Olivia Ops',
        }),
      ]),
    );
  });

  it('runs the full stock compare now and reports every bound product gone through', async () => {
    expect((await job('stock-compare')).state).toBe('never');
    const started = await api()
      .post('/jobs/stock-compare/run')
      .set('Authorization', edit())
      .expect(202);
    expect(started.body).toEqual({ job: 'stock-compare', started: true });
    await waitFor(async () => (await job('stock-compare')).state === 'finished', {
      timeoutMs: 120_000,
    });
    const compare = await job('stock-compare');
    expect(compare).toMatchObject({ done: 1_000, total: 1_000, secondsLeft: null });
    expect(compare.perMinute).not.toBeNull();
  });

  it('lets a view-only user watch but not run, and names a bad job', async () => {
    const viewOnly = `Bearer ${token(['view'])}`;
    await api().get('/jobs/progress').set('Authorization', viewOnly).expect(200);
    await api().post('/jobs/stock-compare/run').set('Authorization', viewOnly).expect(403);
    const bad = await api().post('/jobs/reindex/run').set('Authorization', edit()).expect(400);
    expect(bad.body.field).toBe('job');
  });
});
