import { type Histogram, metrics } from '@opentelemetry/api';

/**
 * Our OpenTelemetry meter. Kept apart from telemetry.ts so code that records figures does not
 * load Azure's distro; with telemetry off the global meter is a no-op and recording costs nothing.
 */
export const TELEMETRY_METER = 'brightpearl-kentico-connect';

let httpDuration: Histogram | undefined;

/** One served request, for Application Insights (Prometheus has http_request_duration_seconds). */
export function recordHttpDuration(
  seconds: number,
  attributes: { method: string; route: string; status_class: string },
): void {
  httpDuration ??= metrics.getMeter(TELEMETRY_METER).createHistogram('bpconnect.http.duration', {
    description: 'HTTP requests served, by method, route pattern and status class',
    unit: 's',
  });
  httpDuration.record(seconds, attributes);
}
