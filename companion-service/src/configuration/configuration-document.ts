import {
  ConfigurationDocument,
  MappingConfig,
  type MappingIssue,
  type MappingVersion,
} from '@bpkc/shared-types';

import { readCurrentMapping } from '../mapping';
import type { Db } from '../store';
import { NoConfigurationError } from './configuration-errors';

export const DOCUMENT_KIND = 'brightpearl-kentico-connect/configuration';

/** The current version as one portable document (GET /configuration/export). */
export async function exportConfiguration(
  db: Db,
  source: { installationId: string | null; now?: Date },
): Promise<ConfigurationDocument> {
  const current = await readCurrentMapping(db);
  if (!current) throw new NoConfigurationError();
  return {
    kind: DOCUMENT_KIND,
    formatVersion: 1,
    exportedAt: (source.now ?? new Date()).toISOString(),
    source: { installationId: source.installationId, mappingVersion: current.version },
    configuration: MappingConfig.parse(current.mapping),
  };
}

export type ParsedDocument =
  { ok: true; document: ConfigurationDocument } | { ok: false; issues: MappingIssue[] };

/**
 * An uploaded document, checked the way it was written: the kind and format first (a wrong
 * file says so in one line instead of fifty schema errors), then the configuration.
 */
export function parseConfigurationDocument(raw: unknown): ParsedDocument {
  const envelope = raw as { kind?: unknown; formatVersion?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || envelope?.kind !== DOCUMENT_KIND) {
    const message = `not a configuration export: "kind" must be "${DOCUMENT_KIND}"`;
    return { ok: false, issues: [{ path: 'kind', message, severity: 'error' }] };
  }
  if (envelope.formatVersion !== 1) {
    const message = `format version ${String(envelope.formatVersion)} is not supported here (this companion reads version 1)`;
    return { ok: false, issues: [{ path: 'formatVersion', message, severity: 'error' }] };
  }
  const parsed = ConfigurationDocument.safeParse(raw);
  if (parsed.success) return { ok: true, document: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    severity: 'error' as const,
  }));
  return { ok: false, issues };
}

/** The stored document with its defaults filled in, so a diff shows no default as a change. */
export function normalisedMapping(version: MappingVersion | undefined): unknown {
  if (!version) return undefined;
  const parsed = MappingConfig.safeParse(version.mapping);
  return parsed.success ? parsed.data : version.mapping;
}
