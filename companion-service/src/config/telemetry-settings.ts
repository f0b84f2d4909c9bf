import { EnvSchema } from './env-schema';

/** What the telemetry start-up needs: read before anything else loads (telemetry-preload.ts). */
export interface TelemetrySettings {
  connectionString: string;
  /**
   * An `http://` IngestionEndpoint on a loopback address (a local collector, a test). Azure's
   * exporter upgrades every endpoint to https, so this one is handed to it as its `host` option;
   * an http endpoint anywhere else is left to that upgrade: telemetry never leaves in clear.
   */
  loopbackIngestion?: string;
}

const TelemetryEnv = EnvSchema.pick({ APPLICATIONINSIGHTS_CONNECTION_STRING: true });

/**
 * Telemetry is on only when APPLICATIONINSIGHTS_CONNECTION_STRING is set. Reads that one
 * variable, so a mistake elsewhere in the environment is still reported by the normal start.
 * Returns undefined when unset or malformed (the normal start then names the variable).
 */
export function telemetrySettings(
  source: Record<string, string | undefined> = process.env,
): TelemetrySettings | undefined {
  const parsed = TelemetryEnv.safeParse(source);
  const connectionString = parsed.data?.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (!connectionString) return undefined;
  return { connectionString, loopbackIngestion: loopbackIngestion(connectionString) };
}

function loopbackIngestion(connectionString: string): string | undefined {
  const endpoint = /(?:^|;)\s*IngestionEndpoint=([^;]+)/i.exec(connectionString)?.[1]?.trim();
  if (!endpoint?.startsWith('http://') || !URL.canParse(endpoint)) return undefined;
  const { hostname, origin } = new URL(endpoint);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  return loopback ? origin : undefined;
}
