import { BRIGHTPEARL_HEADERS } from '@bpkc/shared-types';

import type { BrightpearlAuth } from './auth';

/**
 * The installed integration's instance id, which Brightpearl pairs with `externalRef` as the
 * sales order's unique key (reference §5.2). Brightpearl gives it: every API answer carries it
 * in `brightpearl-installed-integration-instance-id` (reference §1.2, [REC]), and the OAuth
 * code grant's token answer in `installation_instance_id` (§1.3). Nobody has to type it in.
 */
export interface InstallationId {
  /** Remembers the id an API answer carried. */
  observe(headers: Record<string, unknown>): void;
  /** The id from the latest answer; before any, the one stored with the OAuth connection. */
  current(): Promise<number | null>;
}

export function createInstallationId(auth: BrightpearlAuth): InstallationId {
  let seen: number | null = null;
  return {
    observe(headers) {
      const id = parseId(headers[BRIGHTPEARL_HEADERS.instanceId]);
      if (id !== null) seen = id;
    },
    async current() {
      if (seen !== null) return seen;
      if (auth.mode !== 'oauth' || !auth.installationInstanceId) return null;
      return auth.installationInstanceId().catch(() => null);
    },
  };
}

/**
 * Fills in the instance id Brightpearl gave when the body has none; a value in the body (the
 * mapping's override) is kept.
 */
export async function withInstallationId<T extends { installedIntegrationInstanceId?: number }>(
  body: T,
  installation: InstallationId | undefined,
): Promise<T> {
  if (body.installedIntegrationInstanceId !== undefined || !installation) return body;
  const id = await installation.current();
  return id === null ? body : { ...body, installedIntegrationInstanceId: id };
}

function parseId(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  return /^\d{1,10}$/.test(text) ? Number(text) : null;
}
