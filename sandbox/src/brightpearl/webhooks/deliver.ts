import type { Limiter } from './flow-control';
import { sleep } from './flow-control';
import type { OutgoingCallback, SendOutcome } from './send';
import { sendCallback } from './send';
import type { WebhookLog, WebhookLogEntry } from './webhook-log';

export interface RetryPolicy {
  /** Total tries, the first included. Brightpearl's real schedule is UNCONFIRMED (§10.1). */
  attempts: number;
  /** Wait before the first retry; doubles for each further retry. */
  initialMs: number;
}

export interface DeliveryJob {
  callback: OutgoingCallback;
  qualityOfService: 0 | 1;
  /** What every log entry of this delivery carries. */
  logAs: Pick<WebhookLogEntry, 'subscriptionId' | 'fullEvent' | 'idSet'>;
}

export interface DeliveryDeps {
  retry: RetryPolicy;
  timeoutMs: number;
  signal: AbortSignal;
  limiter: Limiter;
  clock: () => number;
  log: WebhookLog;
}

/**
 * QoS (reference §10.1): 0 = at-most-once, retried ONLY when the endpoint answers 503;
 * 1 = at-least-once, retried on any failure except a 4xx (network errors included).
 */
export function shouldRetry(qualityOfService: 0 | 1, outcome: SendOutcome): boolean {
  if (outcome === 'aborted') return false;
  if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) return false;
  if (qualityOfService === 0) return outcome === 503;
  return !(typeof outcome === 'number' && outcome >= 400 && outcome < 500);
}

/** Sends one delivery, retrying with exponential backoff; every attempt is logged. */
export async function deliver(job: DeliveryJob, deps: DeliveryDeps): Promise<void> {
  const { retry, signal } = deps;
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    const outcome = await deps.limiter.run(() =>
      sendCallback(job.callback, { signal, timeoutMs: deps.timeoutMs }),
    );
    // Closing the simulator cancels silently: the receiver is going away too.
    if (outcome === 'aborted' || signal.aborted) return;
    deps.log.record({ at: deps.clock(), ...job.logAs, status: outcome, attempt });
    if (!shouldRetry(job.qualityOfService, outcome) || attempt === retry.attempts) return;
    if (!(await sleep(retry.initialMs * 2 ** (attempt - 1), signal))) return;
  }
}
