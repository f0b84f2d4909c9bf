import type { Db } from '../../store';

/** The inbox of received events (both platforms): its one repository (ADR 0012). */

export interface InboxEvent {
  eventId: string;
  source: 'kentico' | 'brightpearl';
  type: string;
  /** The record the event is about (a Kentico GUID, a Brightpearl id set). */
  objectKey: string;
  payload: unknown;
}

/**
 * Stores several events in ONE statement (a group commit); returns the ids that were new.
 * The batch travels as one JSON document, so the statement's size does not grow with its
 * parameter count; an id twice in the batch is stored once.
 * Returns ids as Postgres prints a uuid (lowercase).
 */
export async function storeInboxEvents(
  db: Db,
  events: readonly InboxEvent[],
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  // Sorted by id: two batches that share an id wait on each other in one order, never deadlock.
  const key = (event: InboxEvent) => event.eventId.toLowerCase();
  const sorted = [...events].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const rows = sorted.map((event) => ({
    event_id: event.eventId,
    source: event.source,
    type: event.type,
    object_key: event.objectKey,
    payload: event.payload,
  }));
  const inserted = await db.query<{ event_id: string }>(
    `INSERT INTO inbox_events (event_id, source, type, object_key, payload)
     SELECT event_id, source, type, object_key, payload
     FROM jsonb_to_recordset($1::jsonb)
       AS batch (event_id uuid, source text, type text, object_key text, payload jsonb)
     ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [JSON.stringify(rows)],
  );
  return new Set(inserted.map((row) => row.event_id));
}

export interface InboxEntry {
  eventId: string;
  source: string;
  type: string;
  receivedAt: Date | string;
}

/** Events about one record, oldest first (for its timeline). */
export async function inboxEventsAbout(db: Db, objectKey: string): Promise<InboxEntry[]> {
  const rows = await db.query<{
    event_id: string;
    source: string;
    type: string;
    received_at: Date | string;
  }>(
    `SELECT event_id, source, type, received_at FROM inbox_events WHERE object_key = $1
     ORDER BY received_at, event_id`,
    [objectKey],
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    source: row.source,
    type: row.type,
    receivedAt: row.received_at,
  }));
}

export interface InboxPageEntry {
  eventId: string;
  type: string;
  objectKey: string;
  /** ISO instant (text) from the database, the keyset's first half. */
  receivedAt: string;
}

/**
 * Events of the given types received at or after `since`, oldest first, one page at a time
 * (`after`: the last entry of the previous page). For a flow's catch-up after it was switched
 * back on (settings/flow-catch-up.ts): rare, so a scan without an index is fine.
 */
export async function inboxEventsSince(
  db: Db,
  input: {
    types: readonly string[];
    since: string;
    after?: Pick<InboxPageEntry, 'eventId' | 'receivedAt'>;
    limit: number;
  },
): Promise<InboxPageEntry[]> {
  const rows = await db.query<{
    event_id: string;
    type: string;
    object_key: string;
    received_at: string;
  }>(
    `SELECT event_id, type, object_key,
            to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_at
     FROM inbox_events
     WHERE type = ANY($1::text[]) AND received_at >= $2::timestamptz
       AND ($3::timestamptz IS NULL OR (received_at, event_id) > ($3::timestamptz, $4::uuid))
     ORDER BY received_at, event_id LIMIT $5`,
    [
      [...input.types],
      input.since,
      input.after?.receivedAt ?? null,
      input.after?.eventId ?? null,
      input.limit,
    ],
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    type: row.type,
    objectKey: row.object_key,
    receivedAt: row.received_at,
  }));
}
