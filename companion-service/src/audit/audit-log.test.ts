import { AuditSearch } from '@bpkc/shared-types';

import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
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
  });
  afterAll(() => handle.dispose());

  const list = (query: Record<string, unknown>) => listAudit(store, AuditSearch.parse(query));
  const actions = async (query: Record<string, unknown>) =>
    (await list(query)).items.map((entry) => entry.action);

  it('lists every action newest first without filters', async () => {
    expect(await actions({})).toEqual([
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

  it('refuses a malformed action filter, naming the rule', () => {
    expect(AuditSearch.safeParse({ action: "x'; DROP" }).success).toBe(false);
    expect(AuditSearch.safeParse({ targetKind: 'payments' }).success).toBe(false);
  });
});
