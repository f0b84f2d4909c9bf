import {
  type EffectiveSchedule,
  type EffectiveSettings,
  FLOW_NAMES,
  type MappingConfig,
  type SettingSource,
} from '@bpkc/shared-types';

import type { AlertConfig } from '../alerts';
import { effectiveAlertConfig } from './alert-settings';
import type { ScheduleName } from './schedule-intervals';

/** A value the environment gave (or the built-in default), used when nothing is stored. */
export interface Fallback<T> {
  value: T | null;
  source: Exclude<SettingSource, 'stored'>;
}

/** `environment` unless the value is the built-in default (env-schema defaults are applied). */
export function envOrDefault<T>(value: T | undefined, builtIn: T | undefined): Fallback<T> {
  if (value === undefined) return { value: builtIn ?? null, source: 'default' };
  return { value, source: value === builtIn ? 'default' : 'environment' };
}

export interface EffectiveInput {
  mapping: MappingConfig;
  mappingVersion: number;
  schedules: Record<ScheduleName, Fallback<number>>;
  goLiveDate: Fallback<string>;
  /** The environment's alert configuration; undefined: no channel configured (alerts off). */
  alerts: AlertConfig | undefined;
  /** Scheduled job name → its last run. */
  lastRuns: Map<string, Date>;
  now: Date;
}

const SCHEDULE_JOBS: Record<ScheduleName, { job: string; unit: EffectiveSchedule['unit'] }> = {
  reconcileSeconds: { job: 'reconcile', unit: 'seconds' },
  stockFullCompareMinutes: { job: 'stock-full-compare', unit: 'minutes' },
  sweepSeconds: { job: 'lifecycle-sweep', unit: 'seconds' },
};

const pick = <T>(stored: T | undefined, fallback: Fallback<T>) =>
  stored !== undefined ? { value: stored, source: 'stored' as const } : fallback;

/** Each setting's value in force and where it comes from, for GET /settings/effective. */
export function effectiveSettings(input: EffectiveInput): EffectiveSettings {
  const settings = input.mapping.settings;
  const flows = Object.fromEntries(
    FLOW_NAMES.map((flow) => {
      const stored = settings?.flows?.[flow];
      return [flow, { value: stored !== false, source: storedOrDefault(stored, true) }];
    }),
  );
  const schedule = (name: ScheduleName): EffectiveSchedule => {
    const { value, source } = pick(settings?.schedules?.[name], input.schedules[name]);
    const { job, unit } = SCHEDULE_JOBS[name];
    const seconds = (value ?? 0) * (unit === 'minutes' ? 60 : 1);
    return {
      value,
      source,
      unit,
      lastRunAt: input.lastRuns.get(job)?.toISOString() ?? null,
      nextRunAt: seconds > 0 ? nextSlot(input.now, seconds) : null,
    };
  };
  return {
    mappingVersion: input.mappingVersion,
    flows,
    schedules: {
      reconcileSeconds: schedule('reconcileSeconds'),
      stockFullCompareMinutes: schedule('stockFullCompareMinutes'),
      sweepSeconds: schedule('sweepSeconds'),
    },
    goLiveDate: pick(settings?.goLiveDate, input.goLiveDate),
    alerts: effectiveAlerts(input),
  };
}

function effectiveAlerts(input: EffectiveInput): EffectiveSettings['alerts'] {
  const stored = input.mapping.settings?.alerts;
  const base = input.alerts;
  const applied = base && effectiveAlertConfig(base, input.mapping.settings);
  const channels = (['email', 'slack', 'teams'] as const).filter((channel) =>
    channel === 'email'
      ? (applied?.email?.to.length ?? 0) > 0
      : Boolean(channel === 'slack' ? base?.slackWebhookUrl : base?.teamsWebhookUrl),
  );
  const envTo = base?.email?.to ?? [];
  return {
    enabled: base !== undefined,
    channels,
    emailTo: pick(
      stored?.emailTo,
      envTo.length > 0 ? { value: envTo, source: 'environment' } : { value: [], source: 'default' },
    ),
    digestSeconds: pick(stored?.digestSeconds, envOrDefault(base?.digestSeconds, 300)),
    deadLetterGrowth: pick(stored?.deadLetterGrowth, envOrDefault(base?.rules.deadLetterGrowth, 1)),
    budgetExhaustedMinutes: pick(
      stored?.budgetExhaustedMinutes,
      envOrDefault(base?.rules.budgetExhaustedMinutes, 5),
    ),
    // A stored document always carries it (defaulted true); "stored" only once someone chose.
    heldOrders: {
      value: stored?.heldOrders ?? true,
      source: storedOrDefault(stored?.heldOrders, true),
    },
  };
}

/** Defaulted booleans in the document: a value other than the default was chosen. */
function storedOrDefault(value: boolean | undefined, defaultValue: boolean): SettingSource {
  return value === undefined || value === defaultValue ? 'default' : 'stored';
}

/** Slots are counted from the epoch (queue/schedule.ts): the next one starts here. */
function nextSlot(now: Date, seconds: number): string {
  const slotMs = Math.max(1, Math.round(seconds)) * 1000;
  return new Date((Math.floor(now.getTime() / slotMs) + 1) * slotMs).toISOString();
}
