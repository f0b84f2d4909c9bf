import type { AuditEntry, AuditPage, AuditSearch } from '@bpkc/shared-types';

import type { Db } from '../store';

/** The operators' audit log: its one repository (ADR 0012). Written with the action it records. */

type DbTime = Date | string;

export interface NewAuditEntry {
  actor: string;
  action: string;
  /** The record acted on, e.g. `order:{guid}`, `failure:12`, `mapping:3`. */
  target: string;
  details?: unknown;
}

/** Written in the same transaction as the action it records. */
export async function writeAudit(db: Db, entry: NewAuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor, action, target, details) VALUES ($1, $2, $3, $4::jsonb)`,
    [entry.actor, entry.action, entry.target, JSON.stringify(entry.details ?? null)],
  );
}

interface AuditRow {
  id: number | string;
  at: DbTime;
  actor: string;
  action: string;
  target: string;
  details: unknown;
}

/** Newest first; narrowed to one record, one kind of record and/or one action when asked. */
export async function listAudit(db: Db, query: AuditSearch): Promise<AuditPage> {
  const where = `WHERE ($1::text IS NULL OR target = $1)
    AND ($2::text IS NULL OR target LIKE $2 || ':%') AND ($3::text IS NULL OR action = $3)`;
  const filters = [query.target ?? null, query.targetKind ?? null, query.action ?? null];
  const rows = await db.query<AuditRow>(
    `SELECT id, at, actor, action, target, details FROM audit_log ${where}
     ORDER BY id DESC LIMIT $4 OFFSET $5`,
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
    `SELECT id, at, actor, action, target, details FROM audit_log WHERE target = $1 ORDER BY id`,
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
    `SELECT id, at, actor, action, target, details FROM audit_log
     WHERE target = $1 OR details->>'recordKey' = $2 ORDER BY at, id`,
    [input.target, input.recordKey],
  );
  return rows.map(toEntry);
}

function toEntry(row: AuditRow): AuditEntry {
  return { ...row, id: Number(row.id), at: new Date(row.at).toISOString() };
}

function pageOf(query: { limit: number; offset: number }): { limit: number; offset: number } {
  return { limit: query.limit, offset: query.offset };
}
