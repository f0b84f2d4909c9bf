import { randomUUID } from 'node:crypto';

import {
  type BrightpearlClient,
  BrightpearlServerError,
  BrightpearlThrottledError,
} from '../../brightpearl';
import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { annotateOrder } from './annotate-order';
import { claimAnnotations, findAnnotations, saveAnnotations } from './order-annotations';
import { OrderAnnotateJob } from './order-sync-job';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const endpoint = 'POST /order-service/order/{id}/note';

/** A Brightpearl client with only the two annotation calls, failing as the test says. */
function fakeBrightpearl(failures: Error[] = []) {
  const sent = { notes: [] as string[], fields: [] as Array<Record<string, unknown>> };
  const client = {
    async setOrderCustomFields(_id: number, fields: Record<string, unknown>) {
      sent.fields.push(fields);
    },
    async addOrderNote(_id: number, text: string) {
      const failure = failures.shift();
      if (failure) throw failure;
      sent.notes.push(text);
    },
  } as unknown as BrightpearlClient;
  return { client, sent };
}

describe.each(testBackends(POSTGRES_URL))('order annotations on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());

  async function annotated(
    note: string | null,
    customFields: Record<string, string> = { PCF_TAGS: 'vip' },
  ) {
    const job = OrderAnnotateJob.parse({ orderGuid: randomUUID(), brightpearlOrderId: 42 });
    await saveAnnotations(store, { orderGuid: job.orderGuid, annotations: { note, customFields } });
    return job;
  }

  it('is claimed (enqueued) once, and an order with nothing to add keeps no row', async () => {
    const job = await annotated('Note');
    expect(await claimAnnotations(store, job.orderGuid)).toBe(true);
    expect(await claimAnnotations(store, job.orderGuid)).toBe(false);
    // Once enqueued, a later attempt cannot change what is sent.
    await saveAnnotations(store, {
      orderGuid: job.orderGuid,
      annotations: { note: 'Other', customFields: {} },
    });
    expect((await findAnnotations(store, job.orderGuid))!.note).toBe('Note');

    const empty = await annotated(null, {});
    expect(await findAnnotations(store, empty.orderGuid)).toBeUndefined();
    expect(await claimAnnotations(store, empty.orderGuid)).toBe(false);
  });

  it('sends the custom fields and the note once, however often the job runs', async () => {
    const job = await annotated('Gift');
    const { client, sent } = fakeBrightpearl();
    await annotateOrder({ db: store, brightpearl: client, logger }, job);
    await annotateOrder({ db: store, brightpearl: client, logger }, job);
    expect(sent).toEqual({ notes: ['Gift'], fields: [{ PCF_TAGS: 'vip' }] });
  });

  it('after an unknown outcome (5xx) the note is not posted again: missing, never doubled', async () => {
    const job = await annotated('Maybe');
    const { client, sent } = fakeBrightpearl([
      new BrightpearlServerError({ endpoint, status: 502 }),
    ]);
    const deps = { db: store, brightpearl: client, logger };
    await expect(annotateOrder(deps, job)).rejects.toThrow(BrightpearlServerError);
    await annotateOrder(deps, job);
    expect(sent.notes).toEqual([]);
  });

  it('after a failure that provably did not run (throttled) the note is posted on retry', async () => {
    const job = await annotated('Retry me');
    const throttled = new BrightpearlThrottledError({ endpoint, attempts: 20 });
    const { client, sent } = fakeBrightpearl([throttled]);
    const deps = { db: store, brightpearl: client, logger };
    await expect(annotateOrder(deps, job)).rejects.toThrow(BrightpearlThrottledError);
    await annotateOrder(deps, job);
    expect(sent.notes).toEqual(['Retry me']);
    // The custom fields (idempotent) went with the first attempt and were not repeated.
    expect(sent.fields).toEqual([{ PCF_TAGS: 'vip' }]);
  });
});
