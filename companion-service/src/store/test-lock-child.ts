import { createSilentLogger } from '../observability/logger';
import { openStore } from './open-store';

/**
 * Test support (data-dir-lock.test.ts): a second, real process opening the embedded store.
 * Prints `opened`, or the refusal as JSON; with `hold` it keeps the store open until killed.
 */
const [dataDir, mode] = process.argv.slice(2);

openStore({ dataDir, logger: createSilentLogger() }).then(
  async (store) => {
    process.stdout.write('opened\n');
    if (mode === 'hold') {
      setInterval(() => undefined, 60_000); // alive, store open, until the test kills it
      return;
    }
    await store.close();
    process.stdout.write('closed\n');
  },
  (error: Error & { retryable?: boolean }) => {
    const { name, message, retryable } = error;
    process.stdout.write(`${JSON.stringify({ name, message, retryable })}\n`);
    process.exitCode = 3;
  },
);
