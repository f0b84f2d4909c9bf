import type { Logger } from '../observability/logger';
import { createAlerter } from './alerter';
import type { AlertConfig } from './config';
import type { Alert } from './types';

/**
 * The alerter for the configuration that applies now: `refresh()` reads it (the stored settings
 * laid over the environment's) and, when it changed, delivers what is pending with the old one
 * and starts a new alerter (recipients, digest window and thresholds apply without a restart).
 */
export interface LiveAlerter {
  refresh(): Promise<AlertConfig>;
  raise(alerts: Alert[]): void;
  stop(): Promise<void>;
}

export function createLiveAlerter(deps: {
  config: AlertConfig;
  logger: Logger;
  /** The configuration in force; absent: `config` for the process's life. */
  read?: () => Promise<AlertConfig>;
}): LiveAlerter {
  const start = (config: AlertConfig) => {
    const alerter = createAlerter({ config, logger: deps.logger });
    alerter.start();
    return { config, key: JSON.stringify(config), alerter };
  };
  let current = start(deps.config);
  return {
    async refresh() {
      const config = deps.read ? await deps.read() : deps.config;
      if (JSON.stringify(config) === current.key) return current.config;
      const previous = current;
      current = start(config);
      // What the old alerter still held goes out now, with the settings it was raised under.
      await previous.alerter.stop();
      deps.logger.info('Alert settings changed: applied from this check on');
      return config;
    },
    raise: (alerts) => current.alerter.raise(alerts),
    stop: async () => {
      await current.alerter.stop();
    },
  };
}
