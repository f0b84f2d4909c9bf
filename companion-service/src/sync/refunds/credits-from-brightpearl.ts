import { PRIORITY } from '../../brightpearl';
import { resolveDeadLetters } from '../../dead-letters/dead-letter-repository';
import {
  isRetryable,
  type PermanentError,
  PermanentFailures,
} from '../../dead-letters/permanent-error';
import { getOrCreateSetting } from '../../store/installation-settings';
import { orderGuidsFor } from '../status/brightpearl-status-change';
import { readStatuses, rememberStatuses } from '../status/status-repository';
import { CREDIT_FLOW, creditRefusal, creditsToReplay } from './credit-refusals';
import type { RefundDeps } from './sync-refund';

/** Credits are found by updatedOn; looking back a little covers clock skew and late commits. */
const OVERLAP_MS = 5 * 60_000;
const CURSOR_KEY = 'brightpearl-credits-cursor';

type CreditRecord = Awaited<ReturnType<RefundDeps['brightpearl']['getSalesOrders']>>[number];

/**
 * Sales credits made in Brightpearl → refund records on the Kentico order (and the mapped
 * status). Brightpearl offers no webhook for them, so this is a sweep over updatedOn with
 * overlap; credits the companion created itself (externalRef KC-REF-…) are skipped, and so are
 * credits already recorded or dead-lettered. Credits a replay re-opened are read by id.
 */
export async function sweepBrightpearlCredits(deps: RefundDeps): Promise<number> {
  const startedAt = new Date();
  const cursor = await getOrCreateSetting(deps.db, {
    key: CURSOR_KEY,
    create: () => startedAt.toISOString(),
  });
  const since = new Date(new Date(cursor).getTime() - OVERLAP_MS).toISOString();
  const call = { priority: PRIORITY.orders };
  const credits = (await deps.brightpearl.searchSalesCredits({ updatedSince: since }, call)).filter(
    (credit) => !credit.externalRef?.startsWith('KC-REF-'),
  );
  const fresh = await notRecorded(
    deps,
    credits.map((credit) => credit.orderId),
  );
  const parents = await orderGuidsFor(
    deps.db,
    credits.map((credit) => credit.parentOrderId),
  );
  const wanted = credits.filter(
    (credit) => fresh.has(credit.orderId) && parents.has(credit.parentOrderId),
  );
  const replays = await creditsToReplay(deps.db);
  const ids = [...new Set([...wanted.map((credit) => credit.orderId), ...replays.keys()])];
  const records = ids.length > 0 ? await deps.brightpearl.getSalesOrders(ids, call) : [];
  const { recorded, failures, transient } = await recordEach(deps, records, { replays, parents });
  // A refused credit is marked by its dead letter, so the next sweep skips it and moves on;
  // a transient failure leaves the window to be read again.
  if (failures.length === 0 && transient === undefined) {
    await deps.db.query(
      `UPDATE installation_settings SET value = $2, updated_at = now() WHERE key = $1`,
      [CURSOR_KEY, startedAt.toISOString()],
    );
  }
  if (failures.length > 0) throw new PermanentFailures(failures, transient);
  if (transient !== undefined) throw transient;
  return recorded;
}

/**
 * Records each credit; one Kentico refuses for good becomes its own failure (dead-lettered by
 * the job's failure path) and the others go on. A transient error stops the round: the job is
 * retried, and the credit is never dead-lettered early.
 */
async function recordEach(
  deps: RefundDeps,
  records: CreditRecord[],
  orders: { replays: Map<number, string>; parents: Map<number, string> },
): Promise<{ recorded: number; failures: PermanentError[]; transient?: unknown }> {
  const failures: PermanentError[] = [];
  let recorded = 0;
  for (const record of records) {
    const replayed = orders.replays.get(record.orderId);
    const orderGuid = replayed ?? orders.parents.get(record.parentOrderId ?? 0);
    if (!orderGuid) continue;
    try {
      await recordCredit(deps, { orderGuid, record });
      // Recorded after a replay: its failure is closed, as every flow's later success does.
      if (replayed) await resolveDeadLetters(deps.db, CREDIT_FLOW, orderGuid);
      recorded += 1;
    } catch (error) {
      if (isRetryable(error)) return { recorded, failures, transient: error };
      failures.push(creditRefusal(error, { creditId: record.orderId, orderGuid }));
    }
  }
  return { recorded, failures };
}

async function recordCredit(
  deps: RefundDeps,
  input: {
    orderGuid: string;
    record: CreditRecord;
  },
): Promise<void> {
  const statusName = deps.mapping.refunds.refundedStatus ?? null;
  if (statusName) {
    // Kentico will report this status change: remember it first so it is not pushed back.
    const known = await readStatuses(deps.db, input.orderGuid);
    await rememberStatuses(deps.db, {
      orderGuid: input.orderGuid,
      kenticoStatus: statusName,
      brightpearlStatusId: known?.brightpearlStatusId ?? null,
      writtenBy: 'kentico',
    });
  }
  const result = await deps.kentico.recordRefund(input.orderGuid, {
    brightpearlCreditId: input.record.orderId,
    createdAt: new Date().toISOString(),
    lines: input.record.rows
      .filter((row) => row.sku)
      .map((row) => ({ sku: row.sku!, quantity: Math.max(1, Math.round(row.quantity)) })),
    total: input.record.totalGross,
    statusName,
  });
  await deps.db.query(
    `INSERT INTO credits_from_brightpearl (brightpearl_credit_id, order_guid, refund_guid) VALUES ($1, $2, $3)
     ON CONFLICT (brightpearl_credit_id) DO UPDATE SET refund_guid = EXCLUDED.refund_guid,
       state = 'recorded', recorded_at = now() WHERE credits_from_brightpearl.state <> 'recorded'`,
    [input.record.orderId, input.orderGuid, result.RefundGUID],
  );
}

async function notRecorded(deps: RefundDeps, creditIds: number[]): Promise<Set<number>> {
  const rows = await deps.db.query<{ brightpearl_credit_id: number | string }>(
    `SELECT brightpearl_credit_id FROM credits_from_brightpearl WHERE brightpearl_credit_id = ANY($1::bigint[])`,
    [creditIds],
  );
  const seen = new Set(rows.map((row) => Number(row.brightpearl_credit_id)));
  return new Set(creditIds.filter((id) => !seen.has(id)));
}
