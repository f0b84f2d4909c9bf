import { MappingConfig, type MappingVersion } from '@bpkc/shared-types';

import { type OnMappingStored, readCurrentMapping } from '../../mapping';
import { NoConfigurationError, UnknownTemplateError } from '../configuration-errors';
import {
  type ConfigurationDeps,
  refusedReview,
  type Reviewed,
  reviewCandidate,
  storeReviewed,
} from '../configuration-review';
import { findTemplate } from './template-catalog';

/** POST /templates/{id}/preview: the template over the current configuration, judged and diffed. */
export async function previewTemplate(
  deps: ConfigurationDeps,
  templateId: string,
): Promise<Reviewed> {
  const template = findTemplate(templateId);
  if (!template) throw new UnknownTemplateError(`no template "${templateId}"`);
  const current = await readCurrentMapping(deps.db);
  if (!current) throw new NoConfigurationError();
  const base = MappingConfig.parse(current.mapping);
  const result = template.apply(base);
  const parsed = MappingConfig.safeParse(result.mapping);
  if (!parsed.success) {
    // A template is ours: a result that does not parse is a bug, reported, never stored.
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: `the template "${templateId}" does not fit this configuration: ${issue.message}`,
      severity: 'error' as const,
    }));
    return refusedReview(deps.db, issues);
  }
  return reviewCandidate(deps, parsed.data, { notes: result.stillToMap });
}

/** POST /templates/{id}/apply: the previewed result stored as the next version. */
export async function applyTemplate(
  deps: ConfigurationDeps,
  input: {
    templateId: string;
    baseVersion: number | null;
    comment?: string;
    author: string;
    onStored?: OnMappingStored;
  },
): Promise<MappingVersion> {
  const reviewed = await previewTemplate(deps, input.templateId);
  const name = findTemplate(input.templateId)?.name ?? input.templateId;
  return storeReviewed(deps.db, reviewed, {
    baseVersion: input.baseVersion,
    author: input.author,
    comment: input.comment ?? `Template "${name}" applied`,
    onStored: input.onStored,
  });
}
