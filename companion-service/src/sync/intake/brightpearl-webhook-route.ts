import { WebhookDelivery } from '@bpkc/shared-types';
import express, { type Request, type Response, Router } from 'express';

import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { acceptBrightpearlWebhook } from './brightpearl-webhook-intake';
import { tokenMatches, type WebhookIdentity } from '../../brightpearl/webhooks';

/**
 * POST /webhooks/brightpearl/{installationId}/{token}: the token is the only proof of origin
 * (Brightpearl does not sign), compared in constant time. The payload is a hint: the flows
 * re-read the records from the API.
 */
export function brightpearlWebhookRouter(deps: {
  db: Db;
  queue: JobQueue;
  identity: WebhookIdentity;
  logger: Logger;
  onAccepted?: (event: { source: string; type: string; duplicate: boolean }) => void;
}): Router {
  const router = Router();
  router.post(
    '/webhooks/brightpearl/:installationId/:token',
    express.json({ type: () => true, limit: '256kb' }),
    async (req: Request<{ installationId: string; token: string }>, res: Response) => {
      const { installationId, token } = req.params;
      if (
        installationId !== deps.identity.installationId ||
        !tokenMatches(deps.identity.token, token)
      ) {
        res.status(401).json({ error: 'unknown webhook token' });
        return;
      }
      const parsed = WebhookDelivery.safeParse(req.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.') || 'body';
        res.status(400).json({ error: `${field}: ${issue.message}`, field });
        return;
      }
      try {
        const result = await acceptBrightpearlWebhook(deps, parsed.data);
        deps.onAccepted?.({
          source: 'brightpearl',
          type: parsed.data.fullEvent,
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
