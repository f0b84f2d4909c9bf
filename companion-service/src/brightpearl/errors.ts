import type { BrightpearlErrorItem } from '@bpkc/shared-types';

/**
 * Every failure of a Brightpearl call is one of these. `retryable` is what the queue looks at:
 * transient (throttle, 5xx, network, auth) pauses and retries, permanent goes to the dead-letter
 * list (ARCHITECTURE §3). Messages carry only the endpoint, status and error codes, never
 * tokens or personal data, so they are safe to log and to show in the admin.
 */
export interface BrightpearlErrorDetails {
  /** e.g. `POST /order-service/sales-order` (a template, never ids or query values). */
  endpoint: string;
  status?: number;
  /** The first Brightpearl error code, e.g. `ORDC-005`. */
  code?: string;
  cause?: unknown;
}

export abstract class BrightpearlError extends Error {
  abstract readonly retryable: boolean;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly code: string | undefined;

  constructor(message: string, details: BrightpearlErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.code = details.code;
  }
}

/** 400/422 (and 500s that are really bad input, see error-mapping.ts): fixing the data is the only cure. */
export class BrightpearlValidationError extends BrightpearlError {
  readonly retryable = false;
  /** All items Brightpearl returned. Their messages may echo submitted values: do not log them. */
  readonly errors: BrightpearlErrorItem[];
  /** True when our own schema check refused the body before any call (no budget spent). */
  readonly local: boolean;

  constructor(
    details: BrightpearlErrorDetails & { errors: BrightpearlErrorItem[]; local?: boolean },
  ) {
    const local = details.local ?? false;
    super(
      describe(local ? 'call not sent, invalid body' : 'rejected the request', details),
      details,
    );
    this.errors = details.errors;
    this.local = local;
  }
}

/**
 * 401/403. Retryable on purpose: an expired token or a revoked connection must pause the queue
 * until someone reconnects, not dead-letter every order in the meantime.
 */
export class BrightpearlAuthError extends BrightpearlError {
  readonly retryable = true;

  constructor(details: BrightpearlErrorDetails) {
    super(describe('refused the credentials', details), details);
  }
}

export class BrightpearlNotFoundError extends BrightpearlError {
  readonly retryable = false;

  constructor(details: BrightpearlErrorDetails) {
    super(describe('found nothing', details), details);
  }
}

/** 500/502/504, and a 503 without the throttle text (maintenance / account unavailable). */
export class BrightpearlServerError extends BrightpearlError {
  readonly retryable = true;

  constructor(details: BrightpearlErrorDetails) {
    super(describe('failed', details), details);
  }
}

/** Only surfaced once the client's own throttle retries are used up; the request never ran. */
export class BrightpearlThrottledError extends BrightpearlError {
  readonly retryable = true;
  readonly attempts: number;

  constructor(details: BrightpearlErrorDetails & { attempts: number }) {
    super(`${describe('kept throttling', details)} after ${details.attempts} attempts`, details);
    this.attempts = details.attempts;
  }
}

/**
 * No HTTP answer (timeout, reset, refused). `ambiguous` means a write may have been executed
 * anyway, so the caller must search (e.g. by externalRef) before sending it again.
 */
export class BrightpearlNetworkError extends BrightpearlError {
  readonly retryable = true;
  readonly ambiguous: boolean;

  constructor(details: BrightpearlErrorDetails & { ambiguous: boolean }) {
    super(`${details.endpoint} got no answer (${details.code ?? 'network error'})`, details);
    this.ambiguous = details.ambiguous;
  }
}

/** A body that does not match the documented shape: retrying will not change it. */
export class BrightpearlProtocolError extends BrightpearlError {
  readonly retryable = false;

  constructor(details: BrightpearlErrorDetails & { reason: string }) {
    super(`${details.endpoint} answered an unexpected body: ${details.reason}`, details);
  }
}

export function isBrightpearlError(error: unknown): error is BrightpearlError {
  return error instanceof BrightpearlError;
}

function describe(what: string, details: BrightpearlErrorDetails): string {
  const status = details.status === undefined ? '' : ` ${details.status}`;
  const code = details.code === undefined ? '' : ` ${details.code}`;
  return `Brightpearl ${what}:${status}${code} on ${details.endpoint}`;
}
