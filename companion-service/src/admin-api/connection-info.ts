import { performance } from 'node:perf_hooks';

import type { Connection, ConnectionProbe, ConnectionTest } from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import { readOverview } from './overview';

/** GET /connection: settings, health as the overview derives it, webhooks as last registered. */
export async function readConnection(deps: AdminApiDeps): Promise<Connection> {
  const { brightpearl, kentico, webhooks, liveApiBaseUrl } = deps.connection;
  const [overview, oauth, apiBaseUrl] = await Promise.all([
    readOverview(deps),
    deps.oauth ? deps.oauth.status() : Promise.resolve(null),
    liveApiBaseUrl ? liveApiBaseUrl() : Promise.resolve(brightpearl.apiBaseUrl),
  ]);
  return {
    brightpearl: { ...brightpearl, apiBaseUrl, health: overview.connections.brightpearl, oauth },
    kentico: { ...kentico, health: overview.connections.kentico },
    webhooks: await webhooks.snapshot(),
    ...(deps.connection.mappingCheck
      ? { mappingCheck: deps.connection.mappingCheck.latest() }
      : {}),
  };
}

/** POST /connection/test: one cheap call to each platform, side by side. */
export async function testConnection(probes: AdminApiDeps['connection']['probes']) {
  const [brightpearl, kentico] = await Promise.all([
    probe(() => probes.brightpearl()),
    probe(() => probes.kentico()),
  ]);
  const result: ConnectionTest = { testedAt: new Date().toISOString(), brightpearl, kentico };
  return result;
}

async function probe(call: () => Promise<unknown>): Promise<ConnectionProbe> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    await call();
    const latencyMs = elapsed();
    return { ok: true, latencyMs, detail: `answered in ${latencyMs} ms` };
  } catch (error) {
    // Both clients' errors carry the HTTP status when an answer came, and only endpoints,
    // statuses and codes in their messages (no secrets), so the message can be shown.
    const answered = typeof (error as { status?: unknown }).status === 'number';
    return {
      ok: false,
      latencyMs: answered ? elapsed() : null,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
