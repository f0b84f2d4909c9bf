import type { WebhookDefinition } from '@bpkc/shared-types';

/** A subscription as stored: the definition with its defaults applied (reference §10.1). */
export interface StoredWebhook {
  id: number;
  subscribeTo: string;
  httpMethod: WebhookDefinition['httpMethod'];
  uriTemplate: string;
  bodyTemplate?: string;
  contentType?: string;
  idSetAccepted: boolean;
  qualityOfService: 0 | 1;
  /**
   * Another integration's subscription on the same account: listed like any other (clients
   * must dedupe on event AND destination, §10.1) but never delivered — its host is fictional.
   */
  foreign?: boolean;
}
