import { MappingConfig } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../brightpearl';
import { desiredSubscriptions, type RegistrationResult } from '../brightpearl/webhooks';
import { brightpearlApiBase, type CompanionConfig, replaceMappingInPlace } from '../config/config';
import type { KenticoBridgeClient } from '../kentico';
import { createLookupService } from '../lookups';
import type { Logger } from '../observability/logger';
import type { Store } from '../store';
import type { ConnectionDeps } from './connection-deps';
import type { AdminApiDeps } from './deps';
import { ConflictError } from './errors';
import { readCurrentMapping } from './mapping-versions';
import { defaultOrderLinkTemplate } from './order-link';
import { createWebhookStatusTracker, type WebhookStatusTracker } from './webhook-status';

/** What the companion passes to createApp as `admin` (the rest comes from its own deps). */
export type AdminApiOptions = Omit<AdminApiDeps, 'db' | 'queue' | 'status' | 'logger'>;

export interface AdminWiringInput {
  config: CompanionConfig;
  store: Store;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  logger: Logger;
  webhookStatus: WebhookStatusTracker;
  /** The (tracked) idempotent registration, at a public URL. */
  registerWebhooks: (publicUrl: string) => Promise<RegistrationResult>;
  /** The companion's public URL: configured, else where it listens (undefined before listen). */
  publicUrl: () => string | undefined;
}

/** The webhook state the connection screen shows, expecting what the current mapping needs. */
export function webhookStatusFor(config: CompanionConfig): WebhookStatusTracker {
  return createWebhookStatusTracker({
    expectedEvents: () =>
      desiredSubscriptions({
        catalog: config.mapping.catalog.products === 'brightpearl',
        stock: config.mapping.catalog.stock === 'brightpearl',
      }),
  });
}

/** The admin API's wiring; the newest mapping version saved through it runs from start-up on. */
export async function adminApiOptions(
  input: AdminWiringInput,
): Promise<AdminApiOptions | undefined> {
  const { config } = input;
  if (!config.admin) return undefined;
  const saved = await readCurrentMapping(input.store);
  if (saved) replaceMappingInPlace(config.mapping, MappingConfig.parse(saved.mapping));
  return {
    mapping: config.mapping,
    applyMapping: (next: MappingConfig) => replaceMappingInPlace(config.mapping, next),
    adminTokenSecret: config.admin.tokenSecret,
    adminOrigin: config.admin.origin,
    lookups: createLookupService(input),
    connection: connectionDeps(input),
    orderLinkTemplate:
      config.brightpearl.orderLinkTemplate ??
      defaultOrderLinkTemplate({ mode: config.mode, baseUrl: config.brightpearl.baseUrl }),
  };
}

function connectionDeps(input: AdminWiringInput): ConnectionDeps {
  const { config, webhookStatus } = input;
  return {
    brightpearl: {
      accountCode: config.brightpearl.accountCode,
      environment: config.mode,
      apiBaseUrl: brightpearlApiBase(config.brightpearl),
      authMode: config.brightpearl.auth.mode,
    },
    kentico: { bridgeUrl: config.kentico.bridgeUrl },
    webhooks: {
      snapshot: () => webhookStatus.snapshot(),
      async register() {
        const url = input.publicUrl();
        if (!url) throw new ConflictError('the companion is not listening yet: try again shortly');
        await input.registerWebhooks(url);
        return webhookStatus.snapshot();
      },
    },
    probes: {
      // The operator is waiting and measuring latency: this one call goes first.
      brightpearl: () => input.brightpearl.getWarehouses({ priority: PRIORITY.interactive }),
      kentico: () => input.kentico.getLookups(),
    },
  };
}
