import { randomUUID } from 'node:crypto';

import type { BrightpearlClient } from '../../brightpearl';
import { recordDeadLetter } from '../../dead-letters/dead-letter-repository';
import { isRetryable, PermanentFailures } from '../../dead-letters/permanent-error';
import { type KenticoBridgeClient, KenticoBridgeError } from '../../kentico';
import { moneyTestMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, type TestStore } from '../../store/test-stores';
import { replayerFor } from '../replay-registry';
import { CREDIT_DEAD_LETTERS, CREDIT_FLOW } from './credit-refusals';
import { sweepBrightpearlCredits } from './credits-from-brightpearl';

const logger = createSilentLogger();
const mapping = moneyTestMapping();
const queue = { enqueue: async () => null } as unknown as JobQueue;

describe('credits made in Brightpearl that Kentico refuses', () => {
  let handle: TestStore;
  let store: Store;
  const [refusedOrder, goodOrder] = [randomUUID(), randomUUID()];
  // Credit 801 (on order 100) is refused by Kentico, 802 (on order 101) is fine.
  const credits = [
    { orderId: 801, parentOrderId: 100, externalRef: null },
    { orderId: 802, parentOrderId: 101, externalRef: null },
  ];
  const brightpearl = {
    searchSalesCredits: async () => credits,
    getSalesOrders: async (ids: number[]) =>
      credits
        .filter((credit) => ids.includes(credit.orderId))
        .map((credit) => ({ ...credit, rows: [], totalGross: 6 })),
  } as unknown as BrightpearlClient;
  let kenticoAnswer: 'refuse' | 'down' | 'ok' = 'refuse';
  const attempts: number[] = [];
  const kentico = {
    recordRefund: async (_orderGuid: string, body: { brightpearlCreditId: number }) => {
      attempts.push(body.brightpearlCreditId);
      if (body.brightpearlCreditId === 801 && kenticoAnswer === 'refuse')
        throw new KenticoBridgeError('Kentico bridge answered 422 for refund', false, 422);
      if (body.brightpearlCreditId === 801 && kenticoAnswer === 'down')
        throw new KenticoBridgeError('Kentico bridge answered 503 for refund', true, 503);
      return { RefundGUID: randomUUID() };
    },
  } as unknown as KenticoBridgeClient;
  const deps = () => ({ db: store, brightpearl, kentico, mapping, mappingVersion: 1 });
  const sweep = () => sweepBrightpearlCredits(deps()).catch((thrown: unknown) => thrown);
  const creditStates = async () =>
    Object.fromEntries(
      (
        await store.query<{ brightpearl_credit_id: string; state: string }>(
          `SELECT brightpearl_credit_id, state FROM credits_from_brightpearl`,
        )
      ).map((row) => [Number(row.brightpearl_credit_id), row.state]),
    );
  /** What the job's failure path does with each failure, in one transaction. */
  const deadLetter = (failures: PermanentFailures) =>
    store.transaction(async (tx) => {
      for (const failure of failures.failures) {
        const letter = {
          flow: failure.flow!,
          recordKey: failure.recordKey!,
          reason: failure.reason,
          message: failure.message,
          payload: failure.payload,
        };
        if ((await CREDIT_DEAD_LETTERS.onDeadLetter!(tx, letter)) !== false)
          await recordDeadLetter(tx, letter);
      }
    });
  const openLetters = () =>
    store.query<{ reason: string; record_key: string }>(
      `SELECT reason, record_key FROM dead_letters WHERE flow = $1 AND resolved_at IS NULL`,
      [CREDIT_FLOW],
    );

  beforeAll(async () => {
    handle = await openTestStore({ name: 'pglite' }, logger);
    store = handle.store;
    await migrate(store, logger);
    for (const [orderGuid, id] of [
      [refusedOrder, 100],
      [goodOrder, 101],
    ] as const) {
      await store.query(
        `INSERT INTO order_sync (order_guid, state, brightpearl_order_id) VALUES ($1, 'synced', $2)`,
        [orderGuid, id],
      );
    }
  });
  afterAll(() => handle.dispose());

  it('dead-letters the refused credit once and records the others', async () => {
    const error = await sweep();
    expect(error).toBeInstanceOf(PermanentFailures);
    expect(isRetryable(error)).toBe(false);
    const failures = (error as PermanentFailures).failures;
    expect(failures.map((f) => [f.flow, f.recordKey, f.reason])).toEqual([
      [CREDIT_FLOW, refusedOrder, 'refused'],
    ]);
    expect(await creditStates()).toEqual({ 802: 'recorded' });

    await deadLetter(error as PermanentFailures);
    await deadLetter(error as PermanentFailures); // a second report of it adds no second letter
    expect(await creditStates()).toEqual({ 801: 'dead-lettered', 802: 'recorded' });
    expect(await openLetters()).toEqual([{ reason: 'refused', record_key: refusedOrder }]);

    // The next sweep sees both again (overlap) and skips them: no throw, no new attempt.
    attempts.length = 0;
    await expect(sweepBrightpearlCredits(deps())).resolves.toBe(0);
    expect(attempts).toEqual([]);
  });

  it('after a fix, a replay records the credit and closes its failure', async () => {
    kenticoAnswer = 'ok';
    const replay = replayerFor(CREDIT_FLOW)!;
    await expect(store.transaction((tx) => replay(tx, queue, refusedOrder))).resolves.toBeNull();
    expect((await creditStates())[801]).toBe('replay');

    await expect(sweepBrightpearlCredits(deps())).resolves.toBe(1);
    expect(await creditStates()).toEqual({ 801: 'recorded', 802: 'recorded' });
    expect(await openLetters()).toEqual([]);
  });

  it('retries a credit Kentico could not take for now, never dead-lettering it', async () => {
    kenticoAnswer = 'down';
    // Credit 801 seen as new again (its record removed), and Kentico is down this time.
    await store.query(`DELETE FROM credits_from_brightpearl WHERE brightpearl_credit_id = 801`);

    const error = await sweep();
    expect(error).toBeInstanceOf(KenticoBridgeError);
    expect(isRetryable(error)).toBe(true);
    expect((await creditStates())[801]).toBeUndefined();

    kenticoAnswer = 'ok';
    await expect(sweepBrightpearlCredits(deps())).resolves.toBe(1);
    expect((await creditStates())[801]).toBe('recorded');
  });
});
