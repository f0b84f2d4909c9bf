import type { Logger } from '../../observability/logger';
import type { AlertSnapshot } from '../types';

export const ADMIN_URL = 'https://shop.example/admin';

/** A healthy snapshot; tests override what they need. */
export function snapshot(overrides: Partial<AlertSnapshot> = {}): AlertSnapshot {
  return {
    at: new Date('2026-03-01T10:00:00Z'),
    openDeadLetters: {},
    brightpearl: {
      reachable: true,
      authorised: true,
      requestsRemaining: 150,
      exhaustedSince: null,
    },
    kentico: { reachable: true, authorised: true },
    missingOrders: [],
    ...overrides,
  };
}

/** A logger that records every call, so tests can check nothing secret was written. */
export function recordingLogger(): { logger: Logger; lines: () => string } {
  const calls: unknown[] = [];
  const record = (...args: unknown[]) => {
    calls.push(args);
  };
  const logger = { error: record, warn: record, info: record, debug: record };
  return { logger: logger as unknown as Logger, lines: () => JSON.stringify(calls) };
}
