import { ConflictError } from '../admin-api/errors';
import type { ConnectionDeps } from '../admin-api/connection-deps';
import type { AdminApiDeps } from '../admin-api/deps';
import { defaultOrderLinkTemplate } from '../admin-api/order-link';
import { createWebhookStatusTracker, type WebhookStatusTracker } from '../admin-api/webhook-status';
import { brightpearlApiBase, type BrightpearlClient, PRIORITY } from '../brightpearl';
import { desiredSubscriptions, type RegistrationResult } from '../brightpearl/webhooks';
import type { CompanionConfig } from '../config/config';
import type { KenticoBridgeClient } from '../kentico';
import type { LookupService } from '../lookups';
import type { MappingAccountCheck, MappingSource } from '../mapping';
import type { Logger } from '../observability/logger';
import type { SettingsService } from '../settings/settings-service';
import type { Store } from '../store';

/** What the companion passes to createApp as `admin` (the rest comes from its own deps). */
export type AdminApiOptions = Omit<AdminApiDeps, 'db' | 'queue' | 'status' | 'logger'>;

export interface AdminWiringInput {
  config: CompanionConfig;
  store: Store;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  logger: Logger;
  webhookStatus: WebhookStatusTracker;
  /** Both platforms' lists, cached; shared with the mapping check. */
  lookups: LookupService;
  mappingCheck?: MappingAccountCheck;
  /** The (tracked) idempotent registration, at a public URL. */
  registerWebhooks: (publicUrl: string) => Promise<RegistrationResult>;
  /** The companion's public URL: configured, else where it listens (undefined before listen). */
  publicUrl: () => string | undefined;
  /** The effective settings and the alert test-send (GET /settings/effective, …). */
  settings?: SettingsService;
}

/** The webhook state the connection screen shows, expecting what the current mapping needs. */
export function webhookStatusFor(mappings: MappingSource): WebhookStatusTracker {
  return createWebhookStatusTracker({
    expectedEvents: async () => {
      const { catalog } = (await mappings.current()).mapping;
      return desiredSubscriptions({
        catalog: catalog.products === 'brightpearl',
        stock: catalog.stock === 'brightpearl',
      });
    },
  });
}

/** The admin API's parts; undefined when it is not configured (no ADMIN_TOKEN_SECRET/ORIGIN). */
export function adminApiOptions(input: AdminWiringInput): AdminApiOptions | undefined {
  const { config } = input;
  if (!config.admin) return undefined;
  return {
    adminToken: {
      secret: config.admin.tokenSecret,
      previousSecret: config.admin.previousTokenSecret,
      audience: config.admin.audience,
      installationId: config.admin.installationId,
    },
    adminOrigin: config.admin.origin,
    lookups: input.lookups,
    connection: connectionDeps(input),
    shaping: { kentico: input.kentico },
    settings: input.settings,
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
    mappingCheck: input.mappingCheck,
  };
}
