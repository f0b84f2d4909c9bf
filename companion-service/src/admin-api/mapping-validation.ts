import { MappingConfig, type MappingValidation } from '@bpkc/shared-types';

import type { LookupService } from '../lookups';
import { checkMappingReferences, publicIssue } from '../mapping';
import { shapingIssues } from '../shaping';
import { BadRequestError } from './errors';

/** POST /mappings/validate: the schema first, then every reference against both platforms. */
export async function validateMapping(
  lookups: LookupService,
  draft: unknown,
): Promise<MappingValidation> {
  const parsed = MappingConfig.safeParse(draft);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
      severity: 'error' as const,
    }));
    return { valid: false, issues };
  }
  return checkReferences(lookups, parsed.data);
}

/**
 * PUT /mappings: refuses (400) a mapping naming something either platform lacks. The message
 * names every wrong field (the first one is `field`, for the form to focus).
 */
export async function assertReferencesExist(
  lookups: LookupService,
  mapping: MappingConfig,
): Promise<void> {
  const errors = (await checkReferences(lookups, mapping)).issues.filter(
    (issue) => issue.severity === 'error',
  );
  const [first] = errors;
  if (!first) return;
  const named = errors.map((error) => `"mapping.${error.path}": ${error.message}`);
  const message =
    errors.length === 1
      ? `invalid body field ${named[0]}`
      : `invalid body fields (${errors.length}): ${named.join('; ')}`;
  throw new BadRequestError(message, `mapping.${first.path}`);
}

export async function checkReferences(
  lookups: LookupService,
  mapping: MappingConfig,
): Promise<MappingValidation> {
  const { valid, issues } = await checkMappingReferences(lookups, mapping);
  // Transforms and rule expressions: compiled and tried on samples (no call to either platform).
  const shaping = await shapingIssues(mapping);
  const shapingValid = !shaping.some((issue) => issue.severity === 'error');
  return { valid: valid && shapingValid, issues: [...issues.map(publicIssue), ...shaping] };
}
