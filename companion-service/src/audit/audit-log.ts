import type { AuditEntry, AuditPage, AuditSearch } from '@bpkc/shared-types';

import type { Db } from '../store';
import { displayNameOf } from './acting-user';

/** The operators' audit log: its one repository (ADR 0012). Written with the action it records. */

type DbTime = Date | string;

export interface NewAuditEntry {
  /** The user's id (the admin token's `sub`) or a system actor. */
  actor: string;
  action: string;
  /** The record acted on, e.g. `order:{guid}`, `failure:12`, `mapping:3`. */
  target: string;
  details?: unknown;
}

/**
 * Written in the same transaction as the action it records. The user's display name comes from
 * the admin request acting (acting-user.ts); it is personal data: stored and shown, never logged.
 */
export async function writeAudit(db: Db, entry: NewAuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor, actor_name, action, target, details)
     VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [
      entry.actor,
      displayNameOf(entry.actor),
      entry.action,
      entry.target,
      JSON.stringify(entry.details ?? null),
    ],
  );
}

const COLUMNS = 'id, at, actor, actor_name, action, target, details';

interface AuditRow {
  id: number | string;
  at: DbTime;
  actor: string;
  actor_name: string | null;
  action: string;
  target: string;
  details: unknown;
}

/** Newest first; narrowed to one record, one kind of record and/or one action when asked. */
export async function listAudit(db: Db, query: AuditSearch): Promise<AuditPage> {
  // `who`: part of the name or of the id, in any case (strpos: no LIKE wildcards to escape).
  const where = `WHERE ($1::text IS NULL OR target = $1)
    AND ($2::text IS NULL OR target LIKE $2 || ':%') AND ($3::text IS NULL OR action = $3)
    AND ($4::text IS NULL OR strpos(lower(actor), lower($4)) > 0
      OR strpos(lower(coalesce(actor_name, '')), lower($4)) > 0)`;
  const filters = [
    query.target ?? null,
    query.targetKind ?? null,
    query.action ?? null,
    query.who ?? null,
  ];
  const rows = await db.query<AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log ${where}
     ORDER BY id DESC LIMIT $5 OFFSET $6`,
    [...filters, query.limit, query.offset],
  );
  const [count] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM audit_log ${where}`,
    filters,
  );
  return { items: rows.map(toEntry), total: Number(count?.n ?? 0), ...pageOf(query) };
}

/** Audit entries about one record, oldest first (for its timeline). */
export async function auditOf(db: Db, target: string): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log WHERE target = $1 ORDER BY id`,
    [target],
  );
  return rows.map(toEntry);
}

/**
 * Entries about one record, oldest first: those targeting it and those naming it as the record
 * they acted on (a failure replay of the order), for the record's timeline.
 */
export async function auditAbout(
  db: Db,
  input: { target: string; recordKey: string },
): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log
     WHERE target = $1 OR details->>'recordKey' = $2 ORDER BY at, id`,
    [input.target, input.recordKey],
  );
  return rows.map(toEntry);
}

/**
 * The latest full name recorded for each of these user ids (ids never recorded with a name are
 * left out), for lists that keep only the id of who decided, such as the Held list.
 */
export async function knownNamesOf(
  db: Db,
  actorIds: readonly string[],
): Promise<Map<string, string>> {
  if (actorIds.length === 0) return new Map();
  const rows = await db.query<{ actor: string; actor_name: string }>(
    `SELECT DISTINCT ON (actor) actor, actor_name FROM audit_log
     WHERE actor = ANY($1::text[]) AND actor_name IS NOT NULL ORDER BY actor, id DESC`,
    [[...new Set(actorIds)]],
  );
  return new Map(rows.map((row) => [row.actor, row.actor_name]));
}

function toEntry({ actor_name, ...row }: AuditRow): AuditEntry {
  return { ...row, actorName: actor_name, id: Number(row.id), at: new Date(row.at).toISOString() };
}

function pageOf(query: { limit: number; offset: number }): { limit: number; offset: number } {
  return { limit: query.limit, offset: query.offset };
}
