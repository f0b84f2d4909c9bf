import { randomUUID, timingSafeEqual } from 'node:crypto';

import { getOrCreateSetting } from '../../store/installation-settings';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { loadWebhookToken } from './webhook-token-store';

/**
 * Brightpearl webhooks are unsigned (reference §10.2): the callback URL carries an unguessable
 * per-installation token instead, and the installation id marks which subscriptions are ours.
 */
export interface WebhookIdentity {
  installationId: string;
  token: string;
}

/** `keys` seal the token in the database (webhookTokenKeys); it is only ever in clear in memory. */
export async function loadWebhookIdentity(
  db: Db,
  options: { keys: readonly Buffer[]; logger?: Logger },
): Promise<WebhookIdentity> {
  const installationId = await getOrCreateSetting(db, {
    key: 'installation-id',
    create: () => randomUUID(),
  });
  const token = await loadWebhookToken(db, options);
  return { installationId, token };
}

/** The path under which Brightpearl calls us; the prefix (without token) identifies our hooks. */
export const webhookPathPrefix = (installationId: string) =>
  `/webhooks/brightpearl/${installationId}/`;

export const webhookCallbackUrl = (publicUrl: string, identity: WebhookIdentity) =>
  `${publicUrl.replace(/\/+$/, '')}${webhookPathPrefix(identity.installationId)}${identity.token}`;

export function tokenMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
