import type { IntegrationSettings, MappingConfig } from '@bpkc/shared-types';

import type { MappingSource } from '../mapping';
import type { IntervalSource } from '../queue/schedule';

export type ScheduleName = keyof IntegrationSettings['schedules'];

/** The environment's values (env-schema defaults included), in each setting's own unit. */
export type ScheduleFallbacks = Record<ScheduleName, number>;

const SECONDS_PER_UNIT: Record<ScheduleName, number> = {
  reconcileSeconds: 1,
  sweepSeconds: 1,
  stockFullCompareMinutes: 60,
};

/** The setting in its own unit: stored when present, else the environment's value. */
export function scheduleValue(
  mapping: MappingConfig,
  name: ScheduleName,
  fallbacks: ScheduleFallbacks,
): number {
  return mapping.settings?.schedules?.[name] ?? fallbacks[name];
}

/** The interval in seconds, as the schedule ticks it (0: off). */
export function scheduleSeconds(
  mapping: MappingConfig,
  name: ScheduleName,
  fallbacks: ScheduleFallbacks,
): number {
  return scheduleValue(mapping, name, fallbacks) * SECONDS_PER_UNIT[name];
}

/**
 * An interval read from the newest stored version at every tick (queue/schedule.ts): a saved
 * change applies from the next tick on every instance, without a restart.
 */
export function liveInterval(
  mappings: MappingSource,
  name: ScheduleName,
  fallbacks: ScheduleFallbacks,
): IntervalSource {
  return async () => scheduleSeconds((await mappings.current()).mapping, name, fallbacks);
}

/** The built-in values (env-schema defaults) when neither the settings nor the env set one. */
export const SCHEDULE_DEFAULTS: ScheduleFallbacks = {
  reconcileSeconds: 300,
  sweepSeconds: 60,
  stockFullCompareMinutes: 60,
};
