import type { MappingConfig, MappingIssue } from '@bpkc/shared-types';

import {
  validateRuleExpressions,
  validateTransforms,
  type ValidationSamples,
} from './validate-transforms';

/**
 * Everything save-time validation finds in the shaping part of a mapping: bad transforms and
 * rule expressions (errors), and rule tags with nowhere to go (a warning).
 */
export async function shapingIssues(
  mapping: MappingConfig,
  samples: ValidationSamples = {},
): Promise<MappingIssue[]> {
  return [
    ...(await validateTransforms(mapping, samples)),
    ...(await validateRuleExpressions(mapping, samples)),
    ...unsentTags(mapping),
  ];
}

function unsentTags(mapping: MappingConfig): MappingIssue[] {
  if (mapping.settings.orderTagField) return [];
  const tagging = mapping.rules.find((rule) => rule.enabled && rule.action.kind === 'tag');
  if (!tagging) return [];
  return [
    {
      path: 'settings.orderTagField',
      message: `rule "${tagging.name}" adds a tag, but no order custom field is chosen for tags: they will not be sent`,
      severity: 'warning',
    },
  ];
}
