import type { AlertTestRequest, AlertTestResult, EffectiveSettings } from '@bpkc/shared-types';

import type { AlertConfig } from '../alerts';
import type { MappingSource } from '../mapping';
import type { Logger } from '../observability/logger';
import type { Store } from '../store';
import { resolveGoLiveDate } from '../sync/reconciliation/reconcile-worker';
import { lastScheduledRuns } from '../sync/scheduled-runs';
import { effectiveAlertConfig } from './alert-settings';
import { sendTestAlert } from './alert-test';
import { effectiveSettings, envOrDefault, type Fallback } from './effective-settings';
import type { ScheduleName } from './schedule-intervals';

/** What the admin's settings routes ask of the running companion. */
export interface SettingsService {
  effective(): Promise<EffectiveSettings>;
  testAlerts(request: AlertTestRequest): Promise<AlertTestResult>;
  /** The alert configuration in force (the alert monitor reads it at every check). */
  alertConfig(): Promise<AlertConfig | undefined>;
}

export interface SettingsServiceDeps {
  db: Store;
  mappings: MappingSource;
  logger: Logger;
  /** From the environment: the schedule values (env-schema defaults applied) and their defaults. */
  schedules: Record<ScheduleName, { value: number; builtIn: number }>;
  /** GO_LIVE_DATE, if set. */
  goLiveDate?: string;
  /** The environment's alert channels; undefined: none configured. */
  alerts?: AlertConfig;
}

export function createSettingsService(deps: SettingsServiceDeps): SettingsService {
  const schedules = Object.fromEntries(
    Object.entries(deps.schedules).map(([name, { value, builtIn }]) => [
      name,
      envOrDefault(value, builtIn),
    ]),
  ) as Record<ScheduleName, Fallback<number>>;
  const alertConfig = async () =>
    deps.alerts &&
    effectiveAlertConfig(deps.alerts, (await deps.mappings.current()).mapping.settings);
  return {
    async effective() {
      const { mapping, version } = await deps.mappings.current();
      // First start's date when GO_LIVE_DATE is absent (kept from then on, reconciliation).
      const goLive = await resolveGoLiveDate(deps.db, deps.goLiveDate);
      return effectiveSettings({
        mapping,
        mappingVersion: version,
        schedules,
        goLiveDate: { value: goLive, source: deps.goLiveDate ? 'environment' : 'default' },
        alerts: deps.alerts,
        lastRuns: await lastScheduledRuns(deps.db),
        now: new Date(),
      });
    },
    testAlerts: async (request) =>
      sendTestAlert({ config: await alertConfig(), logger: deps.logger }, request),
    alertConfig,
  };
}
