import { createSilentLogger } from '../../../observability/logger';
import { migrate, type Store } from '../../../store';
import { openTestStore, type TestBackend, type TestStore } from '../../../store/test-stores';

/** Test support: a migrated store per test, on each backend the runner offers. */
export function useMigratedStore(backend: TestBackend): () => Store {
  let handle: TestStore;
  beforeEach(async () => {
    const logger = createSilentLogger();
    handle = await openTestStore(backend, logger);
    await migrate(handle.store, logger);
  });
  afterEach(() => handle.dispose());
  return () => handle.store;
}
