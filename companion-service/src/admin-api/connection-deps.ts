import type { Connection, ConnectionWebhooks } from '@bpkc/shared-types';

import type { MappingAccountCheck } from '../mapping';

/** What GET/POST /connection… need from the running companion. */
export interface ConnectionDeps {
  brightpearl: Pick<
    Connection['brightpearl'],
    'accountCode' | 'environment' | 'apiBaseUrl' | 'authMode'
  >;
  /** OAuth: the API address Brightpearl handed out at connect (`api_domain`), when connected. */
  liveApiBaseUrl?: () => Promise<string>;
  kentico: Pick<Connection['kentico'], 'bridgeUrl'>;
  webhooks: WebhookStatus;
  /** One cheap call to each platform (POST /connection/test); rejects with a typed error. */
  probes: { brightpearl(): Promise<unknown>; kentico(): Promise<unknown> };
  /** The current mapping against the account's lookups (absent: not shown, not run on save). */
  mappingCheck?: Pick<MappingAccountCheck, 'run' | 'latest'>;
}

export interface WebhookStatus {
  /** What the last registration found: no Brightpearl call. */
  snapshot(): Promise<ConnectionWebhooks>;
  /** Runs the idempotent registration again; rejects when it fails. */
  register(): Promise<ConnectionWebhooks>;
}
