import { createSilentLogger } from '../../observability/logger';
import { migrate, openStore, type Store } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { raiseCursorsToGoLive } from './go-live';

const logger = createSilentLogger();
let store: Store;

beforeAll(async () => {
  store = await openStore({ logger });
  await migrate(store, logger);
});
afterAll(async () => {
  await store.close();
});

const cursor = (key: string) => getOrCreateSetting(store, { key, create: () => 'absent' });

it('moves cursors behind a go-live date saved later up to it, never back', async () => {
  await getOrCreateSetting(store, { key: 'behind', create: () => '2026-01-01T00:00:00.000Z' });
  await getOrCreateSetting(store, { key: 'ahead', create: () => '2026-09-01T00:00:00.000Z' });
  await raiseCursorsToGoLive(store, {
    keys: ['behind', 'ahead', 'never-walked'],
    goLiveDate: '2026-06-01T00:00:00.000Z',
  });
  expect(await cursor('behind')).toBe('2026-06-01T00:00:00.000Z');
  expect(await cursor('ahead')).toBe('2026-09-01T00:00:00.000Z');
  // A walk that never started seeds its cursor from the go-live date itself.
  expect(await cursor('never-walked')).toBe('absent');
});
