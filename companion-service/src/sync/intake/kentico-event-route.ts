import { KenticoEvent, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';
import express, { type NextFunction, type Request, type Response, Router } from 'express';

import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { acceptKenticoEvent } from './kentico-event-intake';
import { signingPayload, verifySignature } from '../../kentico/signing';
import { findUnstorableText, unstorableTextAnswer } from './unstorable-text';

/**
 * POST /webhooks/kentico: verify the HMAC over the raw body, validate, store + enqueue, then
 * answer 202. Bad input (not JSON, wrong types, NUL or lone surrogates, over 64 kB) gets a 4xx
 * naming the problem; a store failure gets 503 so the Kentico outbox retries — an event is
 * never acknowledged before it is durable.
 */
export function kenticoEventRouter(deps: {
  db: Db;
  queue: JobQueue;
  /** The current secret, or current and previous during a rotation (verifySignature). */
  secret: string | readonly string[];
  logger: Logger;
  onAccepted?: (event: { source: string; type: string; duplicate: boolean }) => void;
}): Router {
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
        const result = await acceptKenticoEvent(deps, event.value);
        deps.onAccepted?.({
          source: 'kentico',
          type: event.value.type,
          duplicate: result.duplicate,
        });
        deps.logger.info('Kentico event accepted', {
          eventId: event.value.eventId,
          type: event.value.type,
          ...result,
        });
        res.status(202).json({ accepted: true, ...result });
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
