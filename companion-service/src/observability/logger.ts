import winston from 'winston';

import { currentCorrelationId } from './correlation';
import { redactEntry } from './redact';

export type Logger = winston.Logger;
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const PLAIN_FIELDS = new Set(['level', 'message', 'timestamp', 'correlationId', 'service']);

/** Masks personal data and secrets in every structured field before the line is written. */
const redactFields = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (!PLAIN_FIELDS.has(key)) info[key] = redactEntry(key, info[key]);
  }
  return info;
});

const addCorrelation = winston.format((info) => {
  const correlationId = currentCorrelationId();
  if (correlationId && !info.correlationId) info.correlationId = correlationId;
  return info;
});

export function createLogger(options: {
  level: LogLevel;
  silent?: boolean;
  service?: string;
}): Logger {
  return winston.createLogger({
    level: options.level,
    silent: options.silent ?? false,
    defaultMeta: { service: options.service ?? 'companion' },
    format: winston.format.combine(
      addCorrelation(),
      redactFields(),
      winston.format.timestamp(),
      winston.format.json(),
    ),
    transports: [new winston.transports.Console()],
  });
}

/** For tests and library defaults: a logger that writes nothing. */
export function createSilentLogger(): Logger {
  return createLogger({ level: 'error', silent: true });
}
