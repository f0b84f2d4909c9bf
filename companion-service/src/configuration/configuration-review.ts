import {
  type ChangeNames,
  diffConfigurations,
  type ImportPreview,
  labelChanges,
  type MappingConfig,
  type MappingIssue,
  type MappingVersion,
} from '@bpkc/shared-types';

import { type OnMappingStored, readCurrentMapping, saveMappingVersion } from '../mapping';
import type { Db } from '../store';
import { normalisedMapping } from './configuration-document';
import { ConfigurationRefusedError } from './configuration-errors';

export interface ConfigurationDeps {
  db: Db;
  /**
   * The checks PUT /mappings runs (every value against THIS environment's lookups), paths
   * inside the mapping. Passed in so an import is judged exactly like a save.
   */
  check: (mapping: MappingConfig) => Promise<MappingIssue[]>;
  /** Lookup lists already cached, to name values in the diff (never read for it: no call). */
  names?: () => ChangeNames | null;
}

/** A candidate configuration judged against this environment and diffed against its current one. */
export interface Reviewed {
  preview: ImportPreview;
  /** Absent when the candidate did not even parse. */
  mapping?: MappingConfig;
}

/**
 * `at` prefixes the check's paths so they name a place in what the caller sent (an import's
 * `configuration.…`); `notes` are extra findings (a template's values still to map).
 */
export async function reviewCandidate(
  deps: ConfigurationDeps,
  mapping: MappingConfig,
  options: { at?: string; notes?: MappingIssue[] } = {},
): Promise<Reviewed> {
  const current = await readCurrentMapping(deps.db);
  const prefix = (path: string) =>
    options.at ? (path ? `${options.at}.${path}` : options.at) : path;
  const checked = (await deps.check(mapping)).map((issue) => ({
    ...issue,
    path: prefix(issue.path),
  }));
  const issues = [...checked, ...(options.notes ?? [])];
  const before = normalisedMapping(current);
  const names = deps.names?.() ?? null;
  return {
    mapping,
    preview: {
      valid: !issues.some((issue) => issue.severity === 'error'),
      issues,
      changes: labelChanges(diffConfigurations(before, mapping), { before, after: mapping, names }),
      baseVersion: current?.version ?? null,
    },
  };
}

/** Refused without a version: the preview of what the caller sent, with nothing to diff. */
export async function refusedReview(db: Db, issues: MappingIssue[]): Promise<Reviewed> {
  const current = await readCurrentMapping(db);
  return { preview: { valid: false, issues, changes: [], baseVersion: current?.version ?? null } };
}

/**
 * Stores a reviewed candidate as the next version: ConfigurationRefusedError naming the first
 * error, MappingVersionConflictError when `baseVersion` is not the newest (null: "there was
 * none", so any stored version conflicts). The audit row goes in through `onStored`.
 */
export async function storeReviewed(
  db: Db,
  reviewed: Reviewed,
  input: {
    baseVersion: number | null;
    author: string;
    comment: string;
    onStored?: OnMappingStored;
  },
): Promise<MappingVersion> {
  const errors = reviewed.preview.issues.filter((issue) => issue.severity === 'error');
  const [first] = errors;
  if (first || !reviewed.mapping) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    const path = first?.path ?? '';
    throw new ConfigurationRefusedError(
      `${path ? `"${path}": ` : ''}${first?.message ?? 'invalid configuration'}${more}`,
      path,
    );
  }
  return saveMappingVersion(db, {
    mapping: reviewed.mapping,
    author: input.author,
    comment: input.comment,
    baseVersion: input.baseVersion ?? 0,
    onStored: input.onStored,
  });
}
