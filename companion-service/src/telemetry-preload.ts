import { telemetrySettings } from './config/telemetry-settings';
import { INSTANCE_ID } from './instances/instance-id';
import { startTelemetry, stopTelemetry } from './observability/telemetry';

/**
 * Imported FIRST by main.ts: OpenTelemetry patches `http` and `pg` as they are loaded, so it has
 * to start before anything requires express, axios or pg. Off unless
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set. Also usable as `node --require` with dist/.
 */
const settings = telemetrySettings();
if (settings) startTelemetry(settings, INSTANCE_ID);

export { stopTelemetry };
