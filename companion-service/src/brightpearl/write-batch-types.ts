import type { TransportResponse } from './http';
import type { CallOptions } from './types';

/** One create (or other write) a caller hands the batcher: what a single call would send. */
export interface BatchedWrite {
  method: 'POST' | 'PUT' | 'DELETE';
  /** Template for stats, logs and errors, e.g. `POST /order-service/sales-order`. */
  endpoint: string;
  /** Below the account prefix; also the message's `uri` inside a multi-message. */
  path: string;
  body: unknown;
  call?: CallOptions;
}

/** A write waiting in a batch, and how its caller is answered. */
export interface BatchMember {
  write: BatchedWrite;
  /** Unique within its batch: results are matched by label. */
  label: string;
  resolve(response: TransportResponse): void;
  reject(error: unknown): void;
}
