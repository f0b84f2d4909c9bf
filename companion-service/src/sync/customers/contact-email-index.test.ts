import type { BrightpearlClient } from '../../brightpearl';
import type { ContactUpdates } from '../../brightpearl/contact-types';
import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { emailHash } from '../orders/contact-bindings';
import { ContactEmailIndex, INDEX_PAUSE_MS, refreshContactEmails } from './contact-email-index';
import { CONTACTS_OVERLAP_MS } from './contacts-cursor';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

const T1 = '2026-05-01T10:00:00.000-06:00';
const T2 = '2026-05-01T10:00:05.000-06:00';
const row = (contactId: number, primaryEmail: string | null, updatedOn = T1) => ({
  contactId,
  updatedOn,
  primaryEmail,
});

/** Brightpearl's updatedOn search, answering from `rows` as they are when it is called. */
function fakeSearch() {
  const fake = {
    rows: [] as ContactUpdates['rows'],
    shifted: false,
    since: [] as string[],
    /** While set, a search waits for it before answering (a search under way). */
    gate: undefined as Promise<void> | undefined,
    failWith: undefined as Error | undefined,
    brightpearl: undefined as unknown as BrightpearlClient,
  };
  fake.brightpearl = {
    searchContactsUpdatedSince: async (since: string) => {
      fake.since.push(since);
      const answer = { rows: [...fake.rows], shifted: fake.shifted };
      if (fake.gate) await fake.gate;
      if (fake.failWith) throw fake.failWith;
      return answer;
    },
  } as Partial<BrightpearlClient> as BrightpearlClient;
  return fake;
}

describe.each(testBackends(POSTGRES_URL))('the contact e-mail index on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());
  beforeEach(async () => {
    await store.query(`DELETE FROM contact_email_index`);
    await store.query(
      `DELETE FROM installation_settings WHERE key LIKE 'brightpearl-contact-email-index-watermark%'`,
    );
  });

  it('reads every contact first, then from the newest updatedOn less the overlap', async () => {
    const fake = fakeSearch();
    const index = new ContactEmailIndex({ db: store, brightpearl: fake.brightpearl });
    fake.rows = [row(1, 'Ann@Example.com'), row(2, null, T2)];
    // Not read yet: no answer (the order searches by e-mail); the first read starts behind it.
    await expect(index.lookup(emailHash('ann@example.com'))).resolves.toBe('unknown');
    await expect(index.build()).resolves.toBe(true);
    await expect(index.lookup(emailHash('ann@example.com'))).resolves.toBe('present');
    await expect(index.lookup(emailHash('bob@example.com'))).resolves.toBe('absent');
    const after = new Date(Date.parse(T2) - CONTACTS_OVERLAP_MS).toISOString();
    expect(fake.since).toEqual(['1970-01-01T00:00:00.000Z', after, after]);
  });

  it('follows a changed e-mail: the old one is no longer held', async () => {
    const fake = fakeSearch();
    const index = new ContactEmailIndex({ db: store, brightpearl: fake.brightpearl });
    fake.rows = [row(1, 'ann@example.com')];
    await index.build();
    await expect(index.lookup(emailHash('ann@example.com'))).resolves.toBe('present');
    fake.rows = [row(1, 'ann.lee@example.com', T2)];
    await expect(index.lookup(emailHash('ann@example.com'))).resolves.toBe('absent');
    await expect(index.lookup(emailHash('ann.lee@example.com'))).resolves.toBe('present');
  });

  it("keeps the newer e-mail when another instance's older read lands later", async () => {
    const newer = fakeSearch();
    newer.rows = [row(1, 'ann.lee@example.com', T2)];
    await refreshContactEmails({ db: store, brightpearl: newer.brightpearl });
    const older = fakeSearch();
    older.rows = [row(1, 'ann@example.com', T1)];
    await refreshContactEmails({ db: store, brightpearl: older.brightpearl });
    const index = new ContactEmailIndex({ db: store, brightpearl: fakeSearch().brightpearl });
    await expect(index.lookup(emailHash('ann@example.com'))).resolves.toBe('absent');
    await expect(index.lookup(emailHash('ann.lee@example.com'))).resolves.toBe('present');
  });

  it('gives no answer from a shifted, failed or e-mail-less search, nor moves its watermark', async () => {
    const fake = fakeSearch();
    let now = 0;
    const index = new ContactEmailIndex({ db: store, brightpearl: fake.brightpearl }, () => now);
    const noAnswerThenPause = async () => {
      await expect(index.build()).resolves.toBe(false);
      await expect(index.lookup(emailHash('bob@example.com'))).resolves.toBe('unknown');
      // Paused: the next new e-mails are searched one by one, without reading the index.
      now += INDEX_PAUSE_MS - 1;
      await expect(index.lookup(emailHash('bob@example.com'))).resolves.toBe('unknown');
      now += 1;
    };
    fake.rows = [row(1, 'ann@example.com', T2)];
    fake.shifted = true;
    await noAnswerThenPause();
    fake.shifted = false;
    fake.rows = [{ contactId: 1, updatedOn: T2 }];
    await noAnswerThenPause();
    fake.failWith = new Error('503');
    await noAnswerThenPause();
    expect(fake.since).toEqual(Array(3).fill('1970-01-01T00:00:00.000Z'));
    fake.failWith = undefined;
    fake.rows = [row(1, 'ann@example.com', T2)];
    await expect(index.build()).resolves.toBe(true);
    await expect(index.lookup(emailHash('bob@example.com'))).resolves.toBe('absent');
  });

  it('lets callers that wait together share the next search, never one already under way', async () => {
    const fake = fakeSearch();
    const index = new ContactEmailIndex({ db: store, brightpearl: fake.brightpearl });
    await index.build();
    let open!: () => void;
    fake.gate = new Promise((resolve) => (open = resolve));
    const first = index.lookup(emailHash('zed@example.com'));
    await Promise.resolve();
    // Made after the first search read its rows: only a later search can see it.
    fake.rows = [row(3, 'cat@example.com')];
    const waiting = ['cat@example.com', 'dan@example.com', 'eve@example.com'].map((email) =>
      index.lookup(emailHash(email)),
    );
    fake.gate = undefined;
    open();
    await expect(first).resolves.toBe('absent');
    await expect(Promise.all(waiting)).resolves.toEqual(['present', 'absent', 'absent']);
    // The first read, then the two searches this test is about.
    expect(fake.since).toHaveLength(3);
  });
});
