import type { CompanionConfig } from '../config/config';
import type { MappingSource } from '../mapping';
import type { Logger } from '../observability/logger';
import { SCHEDULE_DEFAULTS } from '../settings/schedule-intervals';
import { createSettingsService, type SettingsService } from '../settings/settings-service';
import type { Store } from '../store';

/**
 * The admin's stored settings over the environment's values (settings/): the environment's
 * schedule values, go-live date and alert channels are the fallbacks, read per use.
 */
export function settingsServiceFor(input: {
  config: CompanionConfig;
  store: Store;
  mappings: MappingSource;
  logger: Logger;
}): SettingsService {
  const { sync, alerts } = input.config;
  const fallback = (value: number, builtIn: number) => ({ value, builtIn });
  return createSettingsService({
    db: input.store,
    mappings: input.mappings,
    logger: input.logger,
    schedules: {
      reconcileSeconds: fallback(sync.reconcileSeconds, SCHEDULE_DEFAULTS.reconcileSeconds),
      sweepSeconds: fallback(sync.sweepSeconds, SCHEDULE_DEFAULTS.sweepSeconds),
      stockFullCompareMinutes: fallback(
        sync.fullCompareMinutes,
        SCHEDULE_DEFAULTS.stockFullCompareMinutes,
      ),
    },
    goLiveDate: sync.goLiveDate,
    alerts,
  });
}
