import { PermanentError } from '../../dead-letters/permanent-error';
import { KenticoBridgeError, type KenticoBridgeClient, KenticoConflictError } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import type { Db } from '../../store';
import { OrderWriteBackJob } from './order-sync-job';
import { writeBackOrderId } from './write-back';

const job = OrderWriteBackJob.parse({
  orderGuid: '8f2c5b7e-0d7a-4e4f-9a55-3c2b1a0f9e11',
  brightpearlOrderId: 42,
});

function depsFailingWith(error: Error) {
  const queries: string[] = [];
  const db = { query: async (sql: string) => (queries.push(sql), []) } as unknown as Db;
  const kentico = {
    setBrightpearlOrderId: async () => {
      throw error;
    },
  } as unknown as KenticoBridgeClient;
  return { deps: { db, kentico, logger: createSilentLogger() }, queries };
}

describe('order write-back failures', () => {
  it('throws a conflict as a permanent write-back-conflict for the queue to dead-letter', async () => {
    const { deps, queries } = depsFailingWith(new KenticoConflictError('holds 41'));
    const error = await writeBackOrderId(deps, job).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({
      reason: 'write-back-conflict',
      recordKey: job.orderGuid,
      payload: job,
      retryable: false,
    });
    // Nothing written inline: the failure path records it, and the order is not written back.
    expect(queries).toEqual([]);
  });

  it('lets a Kentico outage through as retryable', async () => {
    const outage = new KenticoBridgeError('Kentico bridge answered 503', true, 503);
    const { deps } = depsFailingWith(outage);
    await expect(writeBackOrderId(deps, job)).rejects.toBe(outage);
  });
});
