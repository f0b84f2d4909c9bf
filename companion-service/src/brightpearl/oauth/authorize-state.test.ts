import { createSilentLogger } from '../../observability/logger';
import { migrate, openStore, type Store } from '../../store';
import { createAuthorizeStates, STATE_TTL_MS } from './authorize-state';

describe('OAuth authorize state', () => {
  let store: Store;
  const now = new Date('2026-03-01T10:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  beforeAll(async () => {
    const logger = createSilentLogger();
    store = await openStore({ logger });
    await migrate(store, logger);
  });
  afterAll(() => store.close());

  it('is random, stored only as a hash, and usable once by the user who started it', async () => {
    const states = createAuthorizeStates('acme');
    const state = await states.create(store, { requestedBy: 'alice', now });
    expect(state).toMatch(/^[\w-]{43}$/);
    expect(await states.create(store, { requestedBy: 'alice', now })).not.toBe(state);
    const rows = await store.query<{ state_hash: string }>(
      'SELECT state_hash FROM brightpearl_oauth_states',
    );
    expect(rows.map((row) => row.state_hash)).not.toContain(state);
    expect(await states.consume(store, { state, now: later(1000) })).toEqual({
      requestedBy: 'alice',
    });
    expect(await states.consume(store, { state, now: later(2000) })).toBeNull();
  });

  it('expires after 10 minutes and belongs to one account', async () => {
    const states = createAuthorizeStates('acme');
    const expired = await states.create(store, { requestedBy: 'bob', now });
    expect(await states.consume(store, { state: expired, now: later(STATE_TTL_MS) })).toBeNull();
    const other = await states.create(store, { requestedBy: 'bob', now });
    const elsewhere = createAuthorizeStates('another-account');
    expect(await elsewhere.consume(store, { state: other, now })).toBeNull();
    expect(await states.consume(store, { state: 'never-issued', now })).toBeNull();
  });
});
