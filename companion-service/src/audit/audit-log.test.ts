import { AuditSearch } from '@bpkc/shared-types';

import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { actAs } from './acting-user';
import { listAudit, writeAudit } from './audit-log';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

describe.each(testBackends(POSTGRES_URL))('audit log filters ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    await writeAudit(store, { actor: 'ann', action: 'failure.replay', target: 'failure:1' });
    await writeAudit(store, { actor: 'bob', action: 'failure.discard', target: 'failure:2' });
    await writeAudit(store, { actor: 'ann', action: 'order.resend', target: 'order:abc' });
    await writeAudit(store, { actor: 'cy', action: 'job.run', target: 'job:stock-compare' });
    // An admin request acting as a named user: its entries carry the name, another id's never.
    await actAs({ sub: 'f1e2-guid', name: 'Dana Ortiz' }, async () => {
      await writeAudit(store, {
        actor: 'f1e2-guid',
        action: 'mapping.update',
        target: 'mapping:2',
      });
      await writeAudit(store, { actor: 'system', action: 'job.run', target: 'job:catalog-import' });
    });
  });
  afterAll(() => handle.dispose());

  const list = (query: Record<string, unknown>) => listAudit(store, AuditSearch.parse(query));
  const actions = async (query: Record<string, unknown>) =>
    (await list(query)).items.map((entry) => entry.action);

  it('lists every action newest first without filters', async () => {
    expect(await actions({})).toEqual([
      'job.run',
      'mapping.update',
      'job.run',
      'order.resend',
      'failure.discard',
      'failure.replay',
    ]);
  });

  it('narrows to one action, one kind of record or one record, with a matching total', async () => {
    expect(await actions({ action: 'failure.discard' })).toEqual(['failure.discard']);
    const failures = await list({ targetKind: 'failure' });
    expect(failures.items.map((entry) => entry.target)).toEqual(['failure:2', 'failure:1']);
    expect(failures.total).toBe(2);
    expect(await actions({ targetKind: 'failure', action: 'order.resend' })).toEqual([]);
    expect(await actions({ target: 'order:abc' })).toEqual(['order.resend']);
  });

  it("records the acting user's name with the entry; older entries and other ids have none", async () => {
    const { items } = await list({});
    const byActor = new Map(items.map((entry) => [entry.actor, entry.actorName]));
    expect(byActor.get('f1e2-guid')).toBe('Dana Ortiz');
    expect(byActor.get('system')).toBeNull();
    expect(byActor.get('ann')).toBeNull();
  });

  it('finds a person by part of the name or of the id, in any case', async () => {
    const actors = async (who: string) => (await list({ who })).items.map((entry) => entry.actor);
    expect(await actors('dana')).toEqual(['f1e2-guid']);
    expect(await actors('ORTIZ')).toEqual(['f1e2-guid']);
    expect(await actors('F1E2')).toEqual(['f1e2-guid']);
    expect(await actors('ann')).toEqual(['ann', 'ann']);
    expect(await actors('%')).toEqual([]); // no wildcard: a literal search
    expect((await list({ who: 'ann', action: 'order.resend' })).total).toBe(1);
  });

  it('refuses a malformed action filter, naming the rule', () => {
    expect(AuditSearch.safeParse({ action: "x'; DROP" }).success).toBe(false);
    expect(AuditSearch.safeParse({ targetKind: 'payments' }).success).toBe(false);
  });
});
