import type {
  MappingConfig,
  MappingVersion,
  MappingVersionList,
  PutMappingRequest,
} from '@bpkc/shared-types';

import type { Db } from '../store';
import { writeAudit } from './audit-log';
import { ConflictError, NotFoundError } from './errors';
import { type DbTime, iso } from './sql-values';

interface VersionRow {
  version: number;
  mapping: MappingConfig;
  author: string;
  comment: string | null;
  created_at: DbTime;
}

const COLUMNS = 'version, mapping, author, comment, created_at';

/** The first read stores the running mapping as version 1 (concurrent first reads agree). */
export async function seedMappingVersions(db: Db, running: MappingConfig): Promise<void> {
  await db.query(
    `INSERT INTO mapping_versions (version, mapping, author, comment)
     SELECT 1, $1::jsonb, 'system', 'the mapping running when versioning started'
     WHERE NOT EXISTS (SELECT 1 FROM mapping_versions) ON CONFLICT (version) DO NOTHING`,
    [JSON.stringify(running)],
  );
}

/** The newest stored version: the mapping to run (also after a restart). */
export async function readCurrentMapping(db: Db): Promise<MappingVersion | undefined> {
  const [row] = await db.query<VersionRow>(
    `SELECT ${COLUMNS} FROM mapping_versions ORDER BY version DESC LIMIT 1`,
  );
  return row ? toVersion(row) : undefined;
}

export async function readMappingVersion(db: Db, version: number): Promise<MappingVersion> {
  const [row] = await db.query<VersionRow>(
    `SELECT ${COLUMNS} FROM mapping_versions WHERE version = $1`,
    [version],
  );
  if (!row) throw new NotFoundError(`mapping version ${version} not found`);
  return toVersion(row);
}

export async function listMappingVersions(db: Db): Promise<MappingVersionList> {
  const rows = await db.query<Omit<VersionRow, 'mapping'>>(
    `SELECT version, author, comment, created_at FROM mapping_versions ORDER BY version DESC`,
  );
  return rows.map(({ created_at, ...row }) => ({ ...row, createdAt: iso(created_at) }));
}

/** Stores the next version with its author and an audit row; refuses a stale `baseVersion`. */
export async function saveMappingVersion(
  db: Db,
  input: PutMappingRequest & { author: string },
): Promise<MappingVersion> {
  return db.transaction(async (tx) => {
    const current = await lockLatestVersion(tx);
    if (input.baseVersion !== undefined && input.baseVersion !== current) {
      throw new ConflictError(
        `mapping changed since version ${input.baseVersion} (now ${current}): reload and retry`,
      );
    }
    return appendVersion(tx, {
      version: current + 1,
      mapping: input.mapping,
      author: input.author,
      comment: input.comment ?? null,
      audit: { action: 'mapping.update', details: { previousVersion: current } },
    });
  });
}

/**
 * Stores a NEW version equal to an old one (history only grows, so the revert itself is on
 * record), with an audit row. Throws NotFoundError for an unknown version.
 */
export async function revertMappingVersion(
  db: Db,
  input: { version: number; author: string; comment?: string },
): Promise<MappingVersion> {
  return db.transaction(async (tx) => {
    const current = await lockLatestVersion(tx);
    const target = await readMappingVersion(tx, input.version);
    return appendVersion(tx, {
      version: current + 1,
      mapping: target.mapping,
      author: input.author,
      comment: input.comment ?? `Revert to version ${input.version}`,
      audit: {
        action: 'mapping.revert',
        details: { previousVersion: current, revertedTo: input.version },
      },
    });
  });
}

/** Serialises writers: two saves at once cannot both take the same next version number. */
async function lockLatestVersion(tx: Db): Promise<number> {
  await tx.query('LOCK TABLE mapping_versions IN EXCLUSIVE MODE');
  const [latest] = await tx.query<{ version: number | null }>(
    `SELECT max(version) AS version FROM mapping_versions`,
  );
  return Number(latest?.version ?? 0);
}

async function appendVersion(
  tx: Db,
  input: {
    version: number;
    mapping: MappingConfig;
    author: string;
    comment: string | null;
    audit: { action: string; details: Record<string, unknown> };
  },
): Promise<MappingVersion> {
  const [row] = await tx.query<VersionRow>(
    `INSERT INTO mapping_versions (version, mapping, author, comment)
     VALUES ($1, $2::jsonb, $3, $4) RETURNING ${COLUMNS}`,
    [input.version, JSON.stringify(input.mapping), input.author, input.comment],
  );
  await writeAudit(tx, {
    actor: input.author,
    action: input.audit.action,
    target: `mapping:${input.version}`,
    details: { ...input.audit.details, comment: input.comment },
  });
  return toVersion(row!);
}

function toVersion(row: VersionRow): MappingVersion {
  return {
    version: Number(row.version),
    mapping: row.mapping,
    author: row.author,
    comment: row.comment,
    createdAt: iso(row.created_at),
  };
}
