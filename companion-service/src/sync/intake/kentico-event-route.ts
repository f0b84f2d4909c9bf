import { KenticoEvent, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';
import express, { type NextFunction, type Request, type Response, Router } from 'express';

import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { groupCommit } from './group-commit';
import { acceptKenticoEvents, type KenticoEventOutcome } from './kentico-event-intake';
import { signingPayload, verifySignature } from '../../kentico/signing';
import { findUnstorableText, unstorableTextAnswer } from './unstorable-text';

/** Events committed together at most (thin events: a few hundred bytes each). */
const MAX_BATCH = 200;
/** Group commits running at once; each holds one of the store's pooled connections. */
const COMMITS_IN_FLIGHT = 2;

/**
 * POST /webhooks/kentico: verify the HMAC over the raw body, validate, store + enqueue, then
 * answer 202. Bad input (not JSON, wrong types, NUL or lone surrogates, over 64 kB) gets a 4xx
 * naming the problem; a store failure gets 503 so the Kentico outbox retries — an event is
 * never acknowledged before it is durable. Events arriving together are stored in one
 * transaction (group commit, ADR 0023); each is answered after the commit that holds it.
 */
export function kenticoEventRouter(deps: {
  db: Db;
  queue: JobQueue;
  /** The current secret, or current and previous during a rotation (verifySignature). */
  secret: string | readonly string[];
  logger: Logger;
  onAccepted?: (event: { source: string; type: string; duplicate: boolean }) => void;
}): Router {
  const intake = groupCommit({
    commit: (events: KenticoEvent[]) => acceptKenticoEvents(deps, events),
    maxBatch: MAX_BATCH,
    maxInFlight: COMMITS_IN_FLIGHT,
  });
  const router = Router();
  router.post(
    '/webhooks/kentico',
    // The HMAC covers the body, so it must be read; a request without the headers need not be.
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.header(SIGNATURE_HEADER) || !req.header(TIMESTAMP_HEADER)) {
        res.status(401).json({ error: 'signature rejected: missing-headers' });
        return;
      }
      next();
    },
    express.raw({ type: () => true, limit: '64kb' }),
    async (req: Request, res: Response) => {
      const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
      const check = verifySignature({
        secret: deps.secret,
        signature: req.header(SIGNATURE_HEADER),
        timestamp: req.header(TIMESTAMP_HEADER),
        payload: (timestamp) => signingPayload({ timestamp, body: raw }),
      });
      if (!check.ok) {
        res.status(401).json({ error: `signature rejected: ${check.reason}` });
        return;
      }
      const event = parseEvent(raw);
      if ('error' in event) {
        res.status(400).json(event);
        return;
      }
      try {
        const result = await intake.submit(event.value);
        deps.onAccepted?.({
          source: 'kentico',
          type: event.value.type,
          duplicate: result.duplicate,
        });
        // debug: at a thousand events a second, a line each would cost more than the event.
        deps.logger.debug('Kentico event accepted', {
          eventId: event.value.eventId,
          type: event.value.type,
          ...result,
        });
        answerAccepted(res, result);
      } catch (error) {
        deps.logger.error('Kentico event could not be stored', {
          eventId: event.value.eventId,
          error,
        });
        res.status(503).set('retry-after', '5').json({ error: 'event not stored, retry later' });
      }
    },
  );
  return router;
}

function parseEvent(raw: string): { value: KenticoEvent } | { error: string; field?: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { error: 'body is not valid JSON' };
  }
  const badText = findUnstorableText(json);
  if (badText !== undefined) return unstorableTextAnswer(badText);
  const parsed = KenticoEvent.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  return { error: `${field}: ${issue.message}`, field };
}

/**
 * The 202 bodies, built once: res.json would stringify each answer and hash it for an ETag no
 * sender of a POST uses. Headers set earlier (security headers) are kept by writeHead.
 */
const ACCEPTED_BODIES = new Map(
  [false, true].flatMap((duplicate) =>
    [false, true].map((enqueued) => [
      `${duplicate}/${enqueued}`,
      Buffer.from(JSON.stringify({ accepted: true, duplicate, enqueued })),
    ]),
  ),
);

function answerAccepted(res: Response, result: KenticoEventOutcome): void {
  const body = ACCEPTED_BODIES.get(`${result.duplicate}/${result.enqueued}`)!;
  res
    .writeHead(202, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
    })
    .end(body);
}
