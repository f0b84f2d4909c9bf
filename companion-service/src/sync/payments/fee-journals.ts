import { PRIORITY } from '../../brightpearl';
import { PermanentError } from '../../dead-letters/permanent-error';
import type { Db } from '../../store';
import { withLease } from '../leases';
import type { PaymentDeps } from './send-payments';

/** The dead-letter flow of a fee journal (not replayable: a person checks Brightpearl). */
export const FEE_FLOW = 'payment-fee';

/**
 * Payment fees → Brightpearl journal entries (debit the fee nominal, credit the bank), for paid
 * orders whose checkout recorded a fee. Journals have no natural key to search by, so a fee is
 * marked "sent" before the request: if that request's outcome is unknown (a crash), the fee is
 * dead-lettered for a person to check instead of being posted twice (added to `failures`, which
 * the job's failure path records).
 */
export async function postFeeJournals(
  deps: PaymentDeps,
  failures: PermanentError[],
): Promise<number> {
  const journal = deps.mapping.payments.feeJournal;
  if (!journal) return 0;
  // One poster at a time across the cluster: a 'sent' fee seen under the lease was left by a
  // run that failed or died, not by one still waiting for Brightpearl's answer.
  return withLease(deps.db, { key: 'payment-fees', waitMs: 5_000 }, () =>
    postUnderLease(deps, failures, journal),
  );
}

async function postUnderLease(
  deps: PaymentDeps,
  failures: PermanentError[],
  journal: NonNullable<PaymentDeps['mapping']['payments']['feeJournal']>,
): Promise<number> {
  const due = await deps.db.query<{
    order_guid: string;
    transaction_ref: string;
    fee: string | number;
    fee_state: string;
  }>(
    `SELECT order_guid, transaction_ref, fee, fee_state FROM order_payments
     WHERE state = 'recorded' AND fee_state IN ('due', 'sent') ORDER BY recorded_at LIMIT 50`,
  );
  let posted = 0;
  for (const row of due) {
    if (row.fee_state === 'sent') {
      failures.push(uncertain(row.order_guid));
      continue;
    }
    // Only the job that moves it from 'due' posts it (another instance may have just read it).
    if (!(await claimFee(deps, row.order_guid))) continue;
    const fee = Number(row.fee);
    const journalId = await deps.brightpearl.createJournalEntry(
      {
        journalType: journal.journalType,
        journalDate: new Date().toISOString().slice(0, 10),
        description: `Payment fee for ${row.transaction_ref}`,
        lines: [
          { nominalCode: journal.feeNominalCode, debit: fee, description: 'Payment provider fee' },
          {
            nominalCode: journal.bankNominalCode,
            credit: fee,
            description: 'Payment provider fee',
          },
        ],
      },
      { priority: PRIORITY.stock },
    );
    await deps.db.query(
      `UPDATE order_payments SET fee_state = 'posted', fee_journal_id = $2 WHERE order_guid = $1`,
      [row.order_guid, journalId],
    );
    posted += 1;
  }
  return posted;
}

async function claimFee(deps: PaymentDeps, orderGuid: string): Promise<boolean> {
  const claimed = await deps.db.query(
    `UPDATE order_payments SET fee_state = 'sent'
     WHERE order_guid = $1 AND fee_state = 'due' RETURNING order_guid`,
    [orderGuid],
  );
  return claimed.length > 0;
}

/** The fee's dead letter marks it in the same transaction (PAYMENT_DEAD_LETTERS); false if done. */
export async function markFeeDeadLettered(db: Db, orderGuid: string): Promise<boolean> {
  const marked = await db.query(
    `UPDATE order_payments SET fee_state = 'dead-lettered'
     WHERE order_guid = $1 AND fee_state = 'sent' RETURNING order_guid`,
    [orderGuid],
  );
  // Another payments job may have found the same fee uncertain first: one dead letter is enough.
  return marked.length > 0;
}

function uncertain(orderGuid: string): PermanentError {
  return new PermanentError(
    'journal-uncertain',
    'a fee journal was sent but its outcome is unknown: check Brightpearl before replaying',
    { flow: FEE_FLOW, recordKey: orderGuid, payload: { orderGuid } },
  );
}
