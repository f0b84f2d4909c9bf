import type { Logger } from '../observability/logger';
import type { AlertChannel } from './channels';
import { createChannels } from './channels';
import type { AlertConfig } from './config';
import { buildDigest } from './digest';
import { AlertDeliveryError } from './errors';
import { PendingAlerts } from './pending';
import type { Alert, ChannelName, DeliveryReport } from './types';

export interface AlerterDeps {
  config: AlertConfig;
  logger: Logger;
  now?: () => Date;
  /** Defaults to the channels the config names; tests and callers may pass their own. */
  channels?: AlertChannel[];
}

export interface Alerter {
  /** Queues alerts for the next digest; never blocks and never throws. */
  raise(alerts: Alert[]): void;
  /** Sends one digest per channel with everything pending; failed channels keep theirs. */
  flush(): Promise<DeliveryReport>;
  /** Flushes every `digestSeconds`. */
  start(): void;
  /** Stops the timer, delivers what is pending, closes the channels. */
  stop(): Promise<DeliveryReport>;
}

type ChannelResult =
  | { channel: ChannelName; ok: true }
  | { channel: ChannelName; ok: false; error: string; retryable: boolean }
  | undefined;

/**
 * Collects alerts and sends them as digests: one message per channel per window, so fifty failed
 * orders make one e-mail rather than fifty (ARCHITECTURE: merchants are told, not flooded).
 */
export function createAlerter(deps: AlerterDeps): Alerter {
  const { config, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const windowMs = config.digestSeconds * 1000;
  const channels = (deps.channels ?? createChannels(config)).map((channel) => ({
    channel,
    queue: new PendingAlerts(windowMs),
  }));
  if (channels.length === 0) {
    logger.warn('No alert channel configured: alerts are only written to the log');
  }
  let timer: NodeJS.Timeout | undefined;
  // Flushes run one after another, so a timer flush and stop() never send the same batch twice.
  let chain: Promise<unknown> = Promise.resolve();

  async function deliver(entry: (typeof channels)[number]): Promise<ChannelResult> {
    const { channel, queue } = entry;
    if (queue.size === 0) return undefined;
    const batch = queue.take();
    try {
      await channel.send(
        buildDigest(batch.alerts, { adminUrl: config.adminUrl, dropped: batch.dropped }),
      );
      queue.markSent(batch, now().getTime());
      logger.info('Alert digest sent', { channel: channel.name, alerts: batch.alerts.length });
      return { channel: channel.name, ok: true };
    } catch (error) {
      queue.restore(batch);
      return failure(channel.name, error, queue.size);
    }
  }

  function failure(channel: ChannelName, error: unknown, pending: number): ChannelResult {
    // Our own message only: a raw axios or SMTP error could carry the webhook URL or addresses.
    const known = error instanceof AlertDeliveryError;
    const message = known ? error.message : `${channel}: unexpected error while sending`;
    const retryable = known ? error.retryable : true;
    logger.warn('Alert digest not delivered; alerts kept for the next digest', {
      channel,
      error: message,
      retryable,
      pending,
    });
    return { channel, ok: false, error: message, retryable };
  }

  async function flushOnce(): Promise<DeliveryReport> {
    const results = await Promise.all(channels.map(deliver));
    const report: DeliveryReport = { sent: [], failed: [] };
    for (const result of results) {
      if (!result) continue;
      if (result.ok) report.sent.push(result.channel);
      else
        report.failed.push({
          channel: result.channel,
          error: result.error,
          retryable: result.retryable,
        });
    }
    return report;
  }

  function flush(): Promise<DeliveryReport> {
    const run = chain.then(flushOnce);
    chain = run.catch(() => undefined);
    return run;
  }

  return {
    raise(alerts) {
      const at = now().getTime();
      for (const alert of alerts) {
        // Kind and key only: titles may name orders, and the log is not the place for them.
        logger.info('Alert raised', { kind: alert.kind, severity: alert.severity, key: alert.key });
        for (const { queue } of channels) queue.add(alert, at);
      }
    },
    flush,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        flush().catch((error: unknown) =>
          logger.error('Alert flush failed', { error: (error as Error).message }),
        );
      }, windowMs);
      // The HTTP server keeps the process alive; a pending digest timer must not.
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      const report = await flush();
      for (const { channel } of channels) channel.close();
      return report;
    },
  };
}
