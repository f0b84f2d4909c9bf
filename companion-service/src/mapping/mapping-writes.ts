import type { MappingConfig, MappingVersion } from '@bpkc/shared-types';

import { displayNameOf } from '../audit/acting-user';
import type { Db } from '../store';
import { MappingVersionConflictError } from './mapping-errors';
import {
  readMappingVersion,
  toVersion,
  VERSION_COLUMNS,
  type VersionRow,
} from './mapping-repository';

/** What was stored, for the caller's record of it (the admin's audit log). */
export interface StoredMappingVersion {
  saved: MappingVersion;
  previousVersion: number;
}

/** Runs inside the storing transaction: what it writes commits or rolls back with the version. */
export type OnMappingStored = (tx: Db, stored: StoredMappingVersion) => Promise<void>;

/** Stores the next version; refuses a stale `baseVersion` (MappingVersionConflictError). */
export async function saveMappingVersion(
  db: Db,
  input: {
    mapping: MappingConfig;
    author: string;
    comment?: string;
    baseVersion?: number;
    onStored?: OnMappingStored;
  },
): Promise<MappingVersion> {
  return db.transaction(async (tx) => {
    const current = await lockLatestVersion(tx);
    if (input.baseVersion !== undefined && input.baseVersion !== current) {
      throw new MappingVersionConflictError(input.baseVersion, current);
    }
    const saved = await appendVersion(tx, { ...input, version: current + 1 });
    await input.onStored?.(tx, { saved, previousVersion: current });
    return saved;
  });
}

/**
 * Stores a NEW version equal to an old one (history only grows, so the revert itself is on
 * record). Throws MappingVersionNotFoundError for an unknown version.
 */
export async function revertMappingVersion(
  db: Db,
  input: { version: number; author: string; comment?: string; onStored?: OnMappingStored },
): Promise<MappingVersion> {
  return db.transaction(async (tx) => {
    const current = await lockLatestVersion(tx);
    const target = await readMappingVersion(tx, input.version);
    const saved = await appendVersion(tx, {
      version: current + 1,
      mapping: target.mapping,
      author: input.author,
      comment: input.comment ?? `Revert to version ${input.version}`,
    });
    await input.onStored?.(tx, { saved, previousVersion: current });
    return saved;
  });
}

/** Serialises writers: two saves at once cannot both take the same next version number. */
async function lockLatestVersion(tx: Db): Promise<number> {
  await tx.query('LOCK TABLE mapping_versions IN EXCLUSIVE MODE');
  const [latest] = await tx.query<{ version: number | string | null }>(
    `SELECT max(version) AS version FROM mapping_versions`,
  );
  return Number(latest?.version ?? 0);
}

async function appendVersion(
  tx: Db,
  input: { version: number; mapping: MappingConfig; author: string; comment?: string },
): Promise<MappingVersion> {
  // The author's full name, from the admin request saving it (audit/acting-user.ts).
  const [row] = await tx.query<VersionRow>(
    `INSERT INTO mapping_versions (version, mapping, author, author_name, comment)
     VALUES ($1, $2::jsonb, $3, $4, $5) RETURNING ${VERSION_COLUMNS}`,
    [
      input.version,
      JSON.stringify(input.mapping),
      input.author,
      displayNameOf(input.author),
      input.comment ?? null,
    ],
  );
  return toVersion(row!);
}
