import type { ConfigurationDocument, MappingVersion } from '@bpkc/shared-types';

import type { OnMappingStored } from '../mapping';
import { parseConfigurationDocument } from './configuration-document';
import {
  type ConfigurationDeps,
  refusedReview,
  type Reviewed,
  reviewCandidate,
  storeReviewed,
} from './configuration-review';

/**
 * POST /configuration/import/preview: the document parsed, every value checked against this
 * environment, and the diff against the current version. Never throws for a bad document:
 * its problems are the answer (paths inside the document, e.g. `configuration.stock.warehouseIds.1`).
 */
export async function previewImport(
  deps: ConfigurationDeps,
  raw: unknown,
): Promise<Reviewed & { document?: ConfigurationDocument }> {
  const parsed = parseConfigurationDocument(raw);
  if (!parsed.ok) return refusedReview(deps.db, parsed.issues);
  const reviewed = await reviewCandidate(deps, parsed.document.configuration, {
    at: 'configuration',
  });
  return { ...reviewed, document: parsed.document };
}

/** POST /configuration/import: the previewed document stored as the next version. */
export async function importConfiguration(
  deps: ConfigurationDeps,
  input: {
    document: unknown;
    baseVersion: number | null;
    comment?: string;
    author: string;
    onStored?: OnMappingStored;
  },
): Promise<MappingVersion> {
  const reviewed = await previewImport(deps, input.document);
  return storeReviewed(deps.db, reviewed, {
    baseVersion: input.baseVersion,
    author: input.author,
    comment: input.comment ?? `Imported from ${describeSource(reviewed.document)}`,
    onStored: input.onStored,
  });
}

function describeSource(document: ConfigurationDocument | undefined): string {
  if (!document) return 'a file';
  const { installationId, mappingVersion } = document.source;
  return `${installationId ?? 'another environment'} (version ${mappingVersion})`;
}
