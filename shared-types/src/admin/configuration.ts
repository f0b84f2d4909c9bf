import { z } from 'zod';

import { MappingConfig } from '../mapping/mapping';
import { Timestamp } from './common';
import { MappingIssue } from './validation';

// Moving a tested configuration between environments, templates and suggestions.

/**
 * The whole configuration (mappings, transforms, rules, checks, settings) as one versioned JSON
 * document: GET /configuration/export, `npm run config -- export`.
 */
export const ConfigurationDocument = z.object({
  kind: z.literal('brightpearl-kentico-connect/configuration'),
  formatVersion: z.literal(1),
  exportedAt: Timestamp,
  /** Where it came from: the installation id (if any) and the mapping version exported. */
  source: z.object({
    installationId: z.string().nullable(),
    mappingVersion: z.number().int().positive(),
  }),
  configuration: MappingConfig,
});
export type ConfigurationDocument = z.infer<typeof ConfigurationDocument>;

/**
 * GET /configuration: the newest version, and `firstSetup` (only the seeded version exists:
 * the admin offers templates then).
 */
export const ConfigurationSummary = z.object({
  currentVersion: z.number().int().positive().nullable(),
  firstSetup: z.boolean(),
  installationId: z.string().nullable(),
});
export type ConfigurationSummary = z.infer<typeof ConfigurationSummary>;

/** One difference between two configurations: dot-joined path, before and after (absent: undefined). */
export const ConfigurationChange = z.object({
  path: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type ConfigurationChange = z.infer<typeof ConfigurationChange>;

/**
 * A change as a merchant reads it (describeChange): `label` names the setting ("Shipping method
 * PigeonPost → Brightpearl shipping method"; `path` stays for developers), each side's value as
 * one line with its Brightpearl name when the companion had it cached ("1 (Royal Mail)").
 */
export const LabelledChange = ConfigurationChange.extend({
  label: z.string(),
  beforeText: z.string().optional(),
  afterText: z.string().optional(),
});
export type LabelledChange = z.infer<typeof LabelledChange>;

/** POST /configuration/import/preview: the document is parsed by the endpoint (issues answer). */
export const ImportPreviewRequest = z.object({ document: z.unknown() });
export type ImportPreviewRequest = z.infer<typeof ImportPreviewRequest>;

export const ImportPreview = z.object({
  /** False when any issue is an error: the import would be refused. */
  valid: z.boolean(),
  /** Schema problems and values this environment's Brightpearl (or Kentico) does not have. */
  issues: z.array(MappingIssue),
  changes: z.array(LabelledChange),
  /** The version the diff was taken against: pass it to the import so nothing changes in between. */
  baseVersion: z.number().int().positive().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** POST /configuration/import: stores a new version (409 if baseVersion is not the newest). */
export const ImportRequest = z.object({
  document: z.unknown(),
  baseVersion: z.number().int().positive().nullable(),
  comment: z.string().max(1000).optional(),
});
export type ImportRequest = z.infer<typeof ImportRequest>;

/** GET /templates: starter configurations offered on first setup. */
export const ConfigurationTemplate = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** What applying it changes, in words (e.g. "GBP only; UK postcode checks hold"). */
  highlights: z.array(z.string()),
});
export type ConfigurationTemplate = z.infer<typeof ConfigurationTemplate>;
export const ConfigurationTemplateList = z.array(ConfigurationTemplate);

export const TemplateParams = z.object({ templateId: z.string().regex(/^[a-z0-9-]{1,64}$/) });
/** POST /templates/{id}/preview and /apply: the template laid over the current configuration. */
export const ApplyTemplateRequest = z.object({
  baseVersion: z.number().int().positive().nullable(),
  comment: z.string().max(1000).optional(),
});
export type ApplyTemplateRequest = z.infer<typeof ApplyTemplateRequest>;

/** Unmapped values and the Brightpearl matches proposed for them (nothing applies itself). */
export const SuggestionKind = z.enum([
  'orderStatus',
  'shippingMethod',
  'paymentMethod',
  'taxRate',
  'sku',
]);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

export const Suggestion = z.object({
  /** Stable: `${kind}:${kenticoValue}:${brightpearlValue}`. */
  id: z.string(),
  kind: SuggestionKind,
  kenticoValue: z.string(),
  kenticoLabel: z.string(),
  /** The Brightpearl id (statuses, shipping methods), code (payment methods, tax codes) or SKU. */
  brightpearlValue: z.string(),
  brightpearlLabel: z.string(),
  /** 0-1, from name similarity; shown as a percentage. */
  confidence: z.number().min(0).max(1),
  /** Why it was proposed, e.g. "names match after removing spaces and case". */
  reason: z.string(),
  /** Where the value was seen unmapped, e.g. "3 failed orders" or "Kentico's shipping methods". */
  seenIn: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;
export const SuggestionList = z.array(Suggestion);
export type SuggestionList = z.infer<typeof SuggestionList>;

/** POST /suggestions/accept: stores a new mapping version with the value mapped. */
export const AcceptSuggestionRequest = z.object({
  id: z.string().max(400),
  baseVersion: z.number().int().positive().nullable(),
});
export type AcceptSuggestionRequest = z.infer<typeof AcceptSuggestionRequest>;
/** POST /suggestions/reject: that pairing is never proposed again. */
export const RejectSuggestionRequest = z.object({ id: z.string().max(400) });
export type RejectSuggestionRequest = z.infer<typeof RejectSuggestionRequest>;

/** POST /settings/alerts/test: one test message through every configured channel. */
export const AlertTestRequest = z.object({
  /** Override recipients for this test (default: the stored settings' emailTo). */
  emailTo: z.array(z.email()).max(50).optional(),
});
export type AlertTestRequest = z.infer<typeof AlertTestRequest>;
export const AlertTestResult = z.object({
  channels: z.array(
    z.object({
      channel: z.enum(['email', 'slack', 'teams']),
      ok: z.boolean(),
      error: z.string().optional(),
    }),
  ),
});
export type AlertTestResult = z.infer<typeof AlertTestResult>;

/** Where a setting's effective value comes from: the stored settings, an env variable, or built in. */
export const SettingSource = z.enum(['stored', 'environment', 'default']);
export type SettingSource = z.infer<typeof SettingSource>;

const effective = <T extends z.ZodType>(value: T) =>
  z.object({ value: value.nullable(), source: SettingSource });

/** A scheduled job's interval and, when known, its last and (approximate) next run. */
export const EffectiveSchedule = z.object({
  value: z.number().nullable(),
  source: SettingSource,
  /** The unit of `value` (reconcile and sweep: seconds; full compare: minutes). 0: off. */
  unit: z.enum(['seconds', 'minutes']),
  lastRunAt: Timestamp.nullable(),
  /** The start of the next interval slot (the run starts then or shortly after); null when off. */
  nextRunAt: Timestamp.nullable(),
});
export type EffectiveSchedule = z.infer<typeof EffectiveSchedule>;

/** GET /settings/effective: what runs now, and where each value comes from. */
export const EffectiveSettings = z.object({
  /** The stored configuration version these values were read from. */
  mappingVersion: z.number().int().positive(),
  flows: z.record(z.string(), effective(z.boolean())),
  schedules: z.object({
    reconcileSeconds: EffectiveSchedule,
    stockFullCompareMinutes: EffectiveSchedule,
    sweepSeconds: EffectiveSchedule,
  }),
  goLiveDate: effective(z.string()),
  alerts: z.object({
    /** False when no channel (SMTP host, Slack or Teams URL) is configured in the environment. */
    enabled: z.boolean(),
    channels: z.array(z.enum(['email', 'slack', 'teams'])),
    emailTo: effective(z.array(z.string())),
    digestSeconds: effective(z.number()),
    deadLetterGrowth: effective(z.number()),
    budgetExhaustedMinutes: effective(z.number()),
    heldOrders: effective(z.boolean()),
  }),
});
export type EffectiveSettings = z.infer<typeof EffectiveSettings>;
