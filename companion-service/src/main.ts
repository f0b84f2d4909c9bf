// First: telemetry must be running before http, express and pg are loaded (docs/observability.md).
import { stopTelemetry } from './telemetry-preload';
import { isSandbox, loadLiveConfig, parseEnv } from './config/load-config';
import { startCompanion } from './composition/start-companion';
import { createLogger } from './observability/logger';

/** Entry point for a real deployment (Azure App Service): configuration from the environment. */
async function main(): Promise<void> {
  const env = parseEnv();
  const logger = createLogger({ level: env.LOG_LEVEL });
  if (isSandbox(env)) {
    logger.error(
      'No Brightpearl or Kentico settings: run `npm start` for the sandbox demo instead.',
    );
    process.exitCode = 2;
    return;
  }
  const config = loadLiveConfig(env);
  if (config.insecureSettings) {
    // Loud on purpose: ALLOW_INSECURE_CONFIG is for a developer's machine, never production.
    logger.warn('INSECURE CONFIGURATION (ALLOW_INSECURE_CONFIG=true): not for production', {
      problems: config.insecureSettings,
    });
  }
  const companion = await startCompanion(config, { logger });
  const { url } = await companion.listen();
  logger.info('Companion listening', { url });
  const shutdown = async () => {
    logger.info('Shutting down');
    await companion.stop();
    await stopTelemetry();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
