import type { IncomingMessage } from 'node:http';

import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';
import { resourceFromAttributes } from '@opentelemetry/resources';

import type { TelemetrySettings } from '../config/telemetry-settings';
import { PROBE_PATHS, safePath } from './safe-path';
import { scrubUrlAttributes } from './telemetry-attributes';

/** The cloud role name in Application Insights (its application map, its filters). */
export const TELEMETRY_SERVICE_NAME = 'brightpearl-kentico-connect';

let running = false;

/** The HTTP instrumentation's own options (the distro types them as the common subset). */
const HTTP_INSTRUMENTATION = {
  enabled: true,
  // Probes are polled all day; Prometheus counts them, traces need not.
  ignoreIncomingRequestHook: (request: IncomingMessage) =>
    PROBE_PATHS.has(safePath(request.url ?? '')),
  requestHook: scrubUrlAttributes,
};

/**
 * OpenTelemetry through Azure's distro: traces of HTTP in and out and of Postgres queries,
 * the distro's standard metrics, and our own meters (live-figures.ts, telemetry-meter.ts). Must run
 * before express, http and pg are loaded (telemetry-preload.ts), or their calls go unseen.
 */
export function startTelemetry(settings: TelemetrySettings, instanceId: string): void {
  if (running) return;
  const local = settings.loopbackIngestion;
  useAzureMonitor({
    azureMonitorExporterOptions: {
      connectionString: settings.connectionString,
      // The exporter's endpoint override, and the client option that permits plain http:
      // only ever for a loopback collector (a test, a local agent).
      ...(local ? { host: local, allowInsecureConnection: true } : {}),
    },
    resource: resourceFromAttributes({
      'service.name': TELEMETRY_SERVICE_NAME,
      'service.instance.id': instanceId,
    }),
    // Live Metrics streams to Azure's own endpoint, never to a local collector.
    enableLiveMetrics: !local,
    instrumentationOptions: {
      http: HTTP_INSTRUMENTATION,
      postgreSql: { enabled: true },
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
    },
  });
  running = true;
}

/**
 * Sends what is buffered (spans, metrics) and stops; call before the process exits. Never
 * rejects: an unreachable collector must not stand in the way of a clean shutdown.
 */
export async function stopTelemetry(): Promise<void> {
  if (!running) return;
  running = false;
  await shutdownAzureMonitor().catch(() => undefined);
}
