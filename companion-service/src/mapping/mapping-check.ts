import type { LookupSource, MappingConfig, MappingIssue } from '@bpkc/shared-types';

import type { LookupService } from '../lookups';
import { referenceIssues, type SourcedIssue } from './account-references';

/**
 * A reference not found in lists older than this is looked up again once (a method added a
 * minute ago must not be refused for ten). Brightpearl's lists cost budget, so they are re-read
 * at most once a minute; Kentico's cost none, so a miss always re-reads them (the merchant often
 * maps a shipping method seconds after the first order that used it failed).
 */
const RECHECK_AGE_MS: Record<LookupSource, number> = { kentico: 0, brightpearl: 60_000 };

export interface ReferenceCheck {
  /** No finding is an error. */
  valid: boolean;
  issues: SourcedIssue[];
}

/**
 * The one check of a mapping against both platforms' lists, used on save, on connect, at
 * start-up and before an order is sent. `fresh` reads the lists again first (on connect: the
 * account may be another one than the cached lists came from).
 */
export async function checkMappingReferences(
  lookups: LookupService,
  mapping: MappingConfig,
  options: { fresh?: boolean } = {},
): Promise<ReferenceCheck> {
  const first = options.fresh ? { maxAgeMs: { kentico: 0, brightpearl: 0 } } : {};
  let issues = referenceIssues(mapping, await lookups.read(first));
  const unknownIn = new Set(issues.flatMap((issue) => (issue.source ? [issue.source] : [])));
  if (unknownIn.size > 0 && !options.fresh) {
    const maxAgeMs: Partial<Record<LookupSource, number>> = {};
    for (const side of unknownIn) maxAgeMs[side] = RECHECK_AGE_MS[side];
    issues = referenceIssues(mapping, await lookups.read({ maxAgeMs }));
  }
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}

/** The issue as the admin API shows it (the side is internal). */
export const publicIssue = ({ path, message, severity }: SourcedIssue): MappingIssue => ({
  path,
  message,
  severity,
});
