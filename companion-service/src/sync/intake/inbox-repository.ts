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

/** Stores the event unless it is already there; false: a duplicate (delivered before). */
export async function storeInboxEvent(db: Db, event: InboxEvent): Promise<boolean> {
  const inserted = await db.query(
    `INSERT INTO inbox_events (event_id, source, type, object_key, payload)
     VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [event.eventId, event.source, event.type, event.objectKey, JSON.stringify(event.payload)],
  );
  return inserted.length > 0;
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
