/** Alerts: rules over status snapshots, and digests by e-mail, Slack and Teams. */
export { createAlerter } from './alerter';
export type { Alerter, AlerterDeps } from './alerter';
export { createChannels, slackMessage, teamsMessage } from './channels';
export type { AlertChannel } from './channels';
export { AlertConfigSchema, alertConfigFromEnv } from './config';
export type { AlertConfig, AlertConfigInput } from './config';
export { buildDigest, renderHtml, renderText } from './digest';
export type { Digest } from './digest';
export { AlertConfigError, AlertDeliveryError } from './errors';
export { adminLinks } from './links';
export { MAX_PENDING } from './pending';
export { evaluateAlertRules } from './rules';
export { ALERT_KINDS } from './types';
export type {
  Alert,
  AlertKind,
  AlertSeverity,
  AlertSnapshot,
  ChannelName,
  DeliveryReport,
  PlatformHealth,
} from './types';
