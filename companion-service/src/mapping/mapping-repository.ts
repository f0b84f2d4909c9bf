import type { MappingConfig, MappingVersion, MappingVersionList } from '@bpkc/shared-types';

import type { Db } from '../store';
import { MappingVersionNotFoundError } from './mapping-errors';

/** The only SQL reading `mapping_versions` (writes: mapping-writes.ts). Versions only grow. */

export interface VersionRow {
  version: number;
  mapping: unknown;
  author: string;
  author_name: string | null;
  comment: string | null;
  created_at: Date | string;
}

export const VERSION_COLUMNS = 'version, mapping, author, author_name, comment, created_at';

/** Stores `initial` as version 1 when no version exists yet (concurrent first starts agree). */
export async function seedMappingVersions(db: Db, initial: MappingConfig): Promise<void> {
  await db.query(
    `INSERT INTO mapping_versions (version, mapping, author, comment)
     SELECT 1, $1::jsonb, 'system', 'the mapping running when versioning started'
     WHERE NOT EXISTS (SELECT 1 FROM mapping_versions) ON CONFLICT (version) DO NOTHING`,
    [JSON.stringify(initial)],
  );
}

/** The newest version number (an index-only read), or undefined before the first seed. */
export async function latestMappingVersion(db: Db): Promise<number | undefined> {
  const [row] = await db.query<{ version: number | string | null }>(
    `SELECT max(version) AS version FROM mapping_versions`,
  );
  return row?.version === null || row?.version === undefined ? undefined : Number(row.version);
}

/** The newest stored version: the mapping that runs (also after a restart). */
export async function readCurrentMapping(db: Db): Promise<MappingVersion | undefined> {
  const [row] = await db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM mapping_versions ORDER BY version DESC LIMIT 1`,
  );
  return row ? toVersion(row) : undefined;
}

/** Throws MappingVersionNotFoundError for an unknown version. */
export async function readMappingVersion(db: Db, version: number): Promise<MappingVersion> {
  const [row] = await db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM mapping_versions WHERE version = $1`,
    [version],
  );
  if (!row) throw new MappingVersionNotFoundError(version);
  return toVersion(row);
}

export async function listMappingVersions(db: Db): Promise<MappingVersionList> {
  const rows = await db.query<Omit<VersionRow, 'mapping'>>(
    `SELECT version, author, author_name, comment, created_at FROM mapping_versions
     ORDER BY version DESC`,
  );
  return rows.map(({ created_at, author_name, ...row }) => ({
    ...row,
    authorName: author_name,
    version: Number(row.version),
    createdAt: new Date(created_at).toISOString(),
  }));
}

/** The row as stored; the document is parsed by whoever runs it (see mapping-source.ts). */
export function toVersion(row: VersionRow): MappingVersion {
  return {
    version: Number(row.version),
    mapping: row.mapping as MappingConfig,
    author: row.author,
    authorName: row.author_name,
    comment: row.comment,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
