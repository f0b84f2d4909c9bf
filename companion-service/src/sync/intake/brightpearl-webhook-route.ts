import { WebhookDelivery } from '@bpkc/shared-types';
import express, { type NextFunction, type Request, type Response, Router } from 'express';

import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { acceptBrightpearlWebhooks } from './brightpearl-webhook-intake';
import { groupCommit } from './group-commit';
import { tokenMatches, type WebhookIdentity } from '../../brightpearl/webhooks';
import { findUnstorableText, unstorableTextAnswer } from './unstorable-text';

type WebhookRequest = Request<{ installationId: string; token: string }>;

/**
 * POST /webhooks/brightpearl/{installationId}/{token}: the token is the only proof of origin
 * (Brightpearl does not sign), compared in constant time — before the body is read, so a caller
 * without it costs us no parsing. The payload is a hint: the flows re-read the records.
 * Answers: 401 wrong URL; 400/413 bad input (at QoS 1 Brightpearl does not retry a 4xx, and
 * resending the same bytes could never succeed); 503 only when the store failed (retried).
 */
export function brightpearlWebhookRouter(deps: {
  db: Db;
  queue: JobQueue;
  identity: WebhookIdentity;
  logger: Logger;
  onAccepted?: (event: { source: string; type: string; duplicate: boolean }) => void;
}): Router {
  // A burst of deliveries is committed in batches (ADR 0023); each delivery can name thousands
  // of ids, so batches stay small enough to keep one transaction short.
  const intake = groupCommit({
    commit: (deliveries: WebhookDelivery[]) => acceptBrightpearlWebhooks(deps, deliveries),
    maxBatch: 25,
    maxInFlight: 1,
  });
  const router = Router();
  router.post(
    '/webhooks/brightpearl/:installationId/:token',
    (req: WebhookRequest, res: Response, next: NextFunction) => {
      const { installationId, token } = req.params;
      if (
        installationId !== deps.identity.installationId ||
        !tokenMatches(deps.identity.token, token)
      ) {
        res.status(401).json({ error: 'unknown webhook token' });
        return;
      }
      next();
    },
    express.json({ type: () => true, limit: '256kb' }),
    async (req: WebhookRequest, res: Response) => {
      const parsed = parseDelivery(req.body);
      if ('error' in parsed) {
        res.status(400).json(parsed);
        return;
      }
      try {
        const result = await intake.submit(parsed.value);
        deps.onAccepted?.({
          source: 'brightpearl',
          type: parsed.value.fullEvent,
          duplicate: result.duplicate,
        });
        res.status(200).json({ accepted: true, ...result });
      } catch (error) {
        deps.logger.error('Brightpearl webhook could not be stored', { error });
        // 503 makes Brightpearl retry even at QoS 0 (reference §10.1).
        res.status(503).json({ error: 'not stored, retry later' });
      }
    },
  );
  return router;
}

function parseDelivery(
  body: unknown,
): { value: WebhookDelivery } | { error: string; field: string } {
  const badText = findUnstorableText(body);
  if (badText !== undefined) return unstorableTextAnswer(badText);
  const parsed = WebhookDelivery.safeParse(body);
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  return { error: `${field}: ${issue.message}`, field };
}
