import type { ServerResponse } from 'node:http';

import type { RequestHandler } from 'express';

import { mulberry32 } from '../shared/mulberry32';
import { type FaultCounters, type FaultPlan, pickFault } from './fault-plan';

/** How a simulator words its failures, so a faulted answer looks like one of its own. */
export interface FaultResponses {
  /** A 503 throttle answer (not executed). */
  throttle(res: ServerResponse): void;
  /** A 500 answer. */
  serverError(res: ServerResponse): void;
}

export interface FaultMiddlewareOptions {
  /** Seed of the PRNG that picks the faulted requests (mulberry32), so a run can be replayed. */
  seed: number;
  /** Mutated in place: one increment per injected fault. */
  counters: FaultCounters;
  responses?: FaultResponses;
  /**
   * How long a 'timeout' request hangs before its socket is closed; default 35 s. Longer than the
   * 30 s client timeouts, so the client gives up first, as with a real hung upstream.
   */
  hangMs?: number;
}

const DEFAULT_HANG_MS = 35_000;

const jsonAnswer = (res: ServerResponse, status: number, body: unknown): void => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
};

export const GENERIC_FAULT_RESPONSES: FaultResponses = {
  throttle: (res) => jsonAnswer(res, 503, { error: 'Service Unavailable' }),
  serverError: (res) => jsonAnswer(res, 500, { error: 'Internal Server Error' }),
};

/**
 * Express middleware, mounted BEFORE a simulator's routes: a faulted request never reaches them
 * (so it changes nothing), except 'slow' (runs late) and 'errorAfterExecute' (runs, then the
 * answer is lost). `plan` may be a getter so a running simulator can change its faults.
 */
export function faultMiddleware(
  plan: FaultPlan | (() => FaultPlan),
  options: FaultMiddlewareOptions,
): RequestHandler {
  const random = mulberry32(options.seed);
  const responses = options.responses ?? GENERIC_FAULT_RESPONSES;
  const hangMs = options.hangMs ?? DEFAULT_HANG_MS;
  return (req, res, next) => {
    const current = typeof plan === 'function' ? plan() : plan;
    if (current.outagePaths.some((path) => req.path.endsWith(path))) {
      options.counters.outage += 1;
      return responses.serverError(res);
    }
    const kind = pickFault(current, random());
    if (kind === undefined) return next();
    options.counters[kind] += 1;
    switch (kind) {
      case 'throttle503':
        return responses.throttle(res);
      case 'error500':
        return responses.serverError(res);
      case 'reset':
        return void req.socket.destroy();
      case 'timeout':
        return hang(res, hangMs);
      case 'slow':
        // Not unref'd: the request is in flight and must still be executed and answered.
        return void setTimeout(next, current.slowMs.ms);
      case 'errorAfterExecute':
        loseAnswer(res, { reset: random() < 0.5, responses });
        return next();
    }
  };
}

/** Holds the request open; the client's own timeout normally ends it first. */
function hang(res: ServerResponse, hangMs: number): void {
  const timer = setTimeout(() => res.socket?.destroy(), hangMs);
  // A hung request alone must not keep a test process alive.
  timer.unref();
  res.once('close', () => clearTimeout(timer));
}

/**
 * Lets the handler run, then swaps its answer for a 500 or a dropped connection at the moment it
 * is sent. Status and body are replaced at `end`, before anything reaches the socket.
 */
function loseAnswer(
  res: ServerResponse,
  { reset, responses }: { reset: boolean; responses: FaultResponses },
): void {
  const originalEnd = res.end;
  const lostEnd = function (this: ServerResponse) {
    res.end = originalEnd;
    // Once headers are on the wire, a 500 can no longer replace them: drop the connection.
    if (reset || res.headersSent) {
      res.socket?.destroy();
      return res;
    }
    res.removeHeader('content-length');
    responses.serverError(res);
    return res;
  };
  res.end = lostEnd as ServerResponse['end'];
}
