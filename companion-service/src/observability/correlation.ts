import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const storage = new AsyncLocalStorage<{ correlationId: string }>();

/** Runs `work` with a correlation id that every log line inside it carries, across awaits. */
export function withCorrelation<T>(correlationId: string | undefined, work: () => T): T {
  return storage.run({ correlationId: correlationId ?? randomUUID() }, work);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
