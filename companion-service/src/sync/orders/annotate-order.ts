import {
  BrightpearlAuthError,
  BrightpearlNetworkError,
  BrightpearlNotFoundError,
  BrightpearlThrottledError,
  BrightpearlValidationError,
  type BrightpearlClient,
} from '../../brightpearl';
import { PermanentError } from '../../dead-letters/permanent-error';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { findAnnotations, setAnnotationMarker } from './order-annotations';
import type { OrderAnnotateJob } from './order-sync-job';

/** The dead-letter flow (and replay key) of a failed annotation. */
export const ANNOTATE_FLOW = 'order-annotate';

interface AnnotateDeps {
  db: Db;
  brightpearl: BrightpearlClient;
  logger: Logger;
}

/**
 * The note and custom fields rules add to a created order, each at most once:
 * - custom fields by PATCH with `add` ops: idempotent, so simply retried until they land;
 * - the note by POST, which Brightpearl cannot de-duplicate: a marker is stored before the request
 *   and cleared only when the request provably did not run (throttled, refused credentials, no
 *   connection). After an unknown outcome (timeout, 5xx, crash) the note is NOT sent again.
 *   Residual risk, by choice: such a note may be missing, never doubled (ADR 0026).
 */
export async function annotateOrder(deps: AnnotateDeps, job: OrderAnnotateJob): Promise<void> {
  const row = await findAnnotations(deps.db, job.orderGuid);
  if (!row) return;
  const meter = new CallMeter();
  const { orderGuid, brightpearlOrderId: orderId } = job;
  if (!row.fieldsSent && Object.keys(row.customFields).length > 0) {
    await refusedForGood(job, () =>
      deps.brightpearl.setOrderCustomFields(orderId, row.customFields, meter.call),
    );
    await setAnnotationMarker(deps.db, { orderGuid, marker: 'fields_sent_at', on: true });
  }
  if (row.note === null || row.noteSent) return;
  if (row.noteAttempted) {
    deps.logger.warn('Order note not sent again: an earlier attempt may have added it', {
      orderGuid,
      brightpearlOrderId: orderId,
    });
    return;
  }
  await setAnnotationMarker(deps.db, { orderGuid, marker: 'note_attempted_at', on: true });
  try {
    await refusedForGood(job, () => deps.brightpearl.addOrderNote(orderId, row.note!, meter.call));
  } catch (error) {
    if (didNotRun(error)) {
      await setAnnotationMarker(deps.db, { orderGuid, marker: 'note_attempted_at', on: false });
    }
    throw error;
  }
  await setAnnotationMarker(deps.db, { orderGuid, marker: 'note_sent_at', on: true });
}

/** Errors after which Brightpearl certainly did not act on the request. */
function didNotRun(error: unknown): boolean {
  if (error instanceof PermanentError) return didNotRun(error.cause);
  return (
    error instanceof BrightpearlThrottledError ||
    error instanceof BrightpearlAuthError ||
    error instanceof BrightpearlValidationError ||
    error instanceof BrightpearlNotFoundError ||
    (error instanceof BrightpearlNetworkError && !error.ambiguous)
  );
}

/** A refusal (400, 404) cannot be cured by retrying: a dead letter the merchant can replay. */
async function refusedForGood(job: OrderAnnotateJob, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (!(error instanceof BrightpearlValidationError || error instanceof BrightpearlNotFoundError))
      throw error;
    throw new PermanentError('brightpearl-rejected', `Brightpearl refused: ${error.message}`, {
      recordKey: job.orderGuid,
      payload: job,
      cause: error,
    });
  }
}
