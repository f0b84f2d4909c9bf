import type { AlertConfig } from '../config';
import type { AlertChannel } from './channel';
import { createEmailChannel } from './email';
import { createSlackChannel } from './slack';
import { createTeamsChannel } from './teams';

export type { AlertChannel } from './channel';
export { slackMessage } from './slack';
export { teamsMessage } from './teams';

/** One channel per configured destination; none when alerts only go to the log. */
export function createChannels(config: AlertConfig): AlertChannel[] {
  const channels: AlertChannel[] = [];
  // No recipient (neither ALERT_EMAIL_TO nor the admin's settings): nobody to e-mail.
  if (config.email && config.email.to.length > 0) channels.push(createEmailChannel(config.email));
  if (config.slackWebhookUrl) channels.push(createSlackChannel(config.slackWebhookUrl));
  if (config.teamsWebhookUrl) channels.push(createTeamsChannel(config.teamsWebhookUrl));
  return channels;
}
