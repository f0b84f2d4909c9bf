import {
  Connection,
  ConnectionMappingCheck,
  ConnectionTest,
  ConnectionWebhooks,
} from '@bpkc/shared-types';

import { writeAudit } from '../audit/audit-log';
import { readConnection, testConnection } from './connection-info';
import type { AdminApiDeps } from './deps';
import { AdminApiError, NotFoundError, UpstreamError } from './errors';
import { type AdminRoute, defineRoute } from './route';

export function connectionRoutes(deps: AdminApiDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/connection',
      summary: 'Brightpearl and Kentico settings, health and the Brightpearl webhooks (no calls)',
      response: Connection,
      handler: () => readConnection(deps),
    }),
    defineRoute({
      method: 'post',
      path: '/connection/test',
      summary: 'One cheap call to Brightpearl and one to the Kentico bridge, with latency',
      response: ConnectionTest,
      // A probe changes nothing, so a read-only operator may run it.
      permission: 'view',
      handler: () => testConnection(deps.connection.probes),
    }),
    defineRoute({
      method: 'post',
      path: '/connection/mapping-check',
      summary: 'Check the current mapping against the account\u2019s lists, read again now',
      response: ConnectionMappingCheck,
      // It changes nothing: a read-only operator may run it.
      permission: 'view',
      handler: async () => {
        const check = deps.connection.mappingCheck;
        if (!check) throw new NotFoundError('the mapping check is not available');
        return check.run('operator', { fresh: true });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/connection/webhooks',
      summary: 'Register the Brightpearl webhooks again (idempotent; 502 when Brightpearl fails)',
      response: ConnectionWebhooks,
      handler: ({ actor }) => registerWebhooks(deps, actor.sub),
    }),
  ];
}

async function registerWebhooks(deps: AdminApiDeps, actor: string): Promise<ConnectionWebhooks> {
  const audit = (details: object) =>
    writeAudit(deps.db, {
      actor,
      action: 'webhooks.register',
      target: 'connection:webhooks',
      details,
    });
  try {
    const webhooks = await deps.connection.webhooks.register();
    await audit({ state: webhooks.state, expected: webhooks.expected });
    return webhooks;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warn('Webhook registration asked by an operator failed', { actor, error });
    await audit({ state: 'failed', error: message });
    if (error instanceof AdminApiError) throw error;
    throw new UpstreamError(`webhook registration failed: ${message}`);
  }
}
