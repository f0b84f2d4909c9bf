import type {
  BusinessRule,
  ConfigurationTemplate,
  MappingConfig,
  MappingIssue,
} from '@bpkc/shared-types';

/** What a template gives back: the configuration and the values the merchant must still map. */
export interface TemplateResult {
  /** Input to MappingConfig (parsed by the caller, so defaults and refinements apply). */
  mapping: unknown;
  stillToMap: MappingIssue[];
}

/**
 * A starter configuration laid over the current one. It never invents a Brightpearl id: where
 * it needs one it keeps the current value and says so in `stillToMap`.
 */
export interface TemplateDefinition extends ConfigurationTemplate {
  apply(current: MappingConfig): TemplateResult;
}

/** The template's rules replace rules of the same id; the merchant's other rules stay, after them. */
export function withRules(current: MappingConfig, rules: BusinessRule[]): BusinessRule[] {
  const ids = new Set(rules.map((rule) => rule.id));
  return [...rules, ...current.rules.filter((rule) => !ids.has(rule.id))];
}

/** Transforms of the sales order without the given targets (the template decides those). */
export function withoutTargets(
  transforms: Record<string, string>,
  targets: string[],
): Record<string, string> {
  return Object.fromEntries(Object.entries(transforms).filter(([key]) => !targets.includes(key)));
}

export const stillToMap = (path: string, message: string): MappingIssue => ({
  path,
  message,
  severity: 'warning',
});

/** The Kentico order's shipping country (ISO alpha-3), in JSONata. */
export const SHIPPING_COUNTRY =
  'Addresses[OrderAddressType = "Shipping"][0].OrderAddressCountryThreeLetterCode';
