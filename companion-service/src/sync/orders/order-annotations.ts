import type { Db } from '../../store';

/**
 * The only writer of `order_annotations` (ADR 0026): the note and custom fields to add to a
 * Brightpearl order after its create, and whether each was sent. Stored before the create, so an
 * attempt that adopts the order an earlier one created still sends them; enqueued once.
 */
export interface OrderAnnotations {
  note: string | null;
  customFields: Record<string, string | number | boolean>;
}

export interface AnnotationRow extends OrderAnnotations {
  fieldsSent: boolean;
  noteAttempted: boolean;
  noteSent: boolean;
}

const isEmpty = (a: OrderAnnotations) =>
  a.note === null && Object.keys(a.customFields).length === 0;

/** What this attempt will add; replaced until enqueued (an order with none keeps no row). */
export async function saveAnnotations(
  db: Db,
  input: { orderGuid: string; annotations: OrderAnnotations },
): Promise<void> {
  if (isEmpty(input.annotations)) {
    await db.query(`DELETE FROM order_annotations WHERE order_guid = $1 AND enqueued_at IS NULL`, [
      input.orderGuid,
    ]);
    return;
  }
  await db.query(
    `INSERT INTO order_annotations (order_guid, note, custom_fields) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (order_guid) DO UPDATE SET note = EXCLUDED.note,
       custom_fields = EXCLUDED.custom_fields
     WHERE order_annotations.enqueued_at IS NULL`,
    [input.orderGuid, input.annotations.note, JSON.stringify(input.annotations.customFields)],
  );
}

/** True once per order: the caller enqueues the job in the same transaction. */
export async function claimAnnotations(tx: Db, orderGuid: string): Promise<boolean> {
  const rows = await tx.query<{ order_guid: string }>(
    `UPDATE order_annotations SET enqueued_at = now()
     WHERE order_guid = $1 AND enqueued_at IS NULL RETURNING order_guid`,
    [orderGuid],
  );
  return rows.length > 0;
}

export async function findAnnotations(
  db: Db,
  orderGuid: string,
): Promise<AnnotationRow | undefined> {
  const [row] = await db.query<{
    note: string | null;
    custom_fields: Record<string, string | number | boolean> | string;
    fields_sent: boolean;
    note_attempted: boolean;
    note_sent: boolean;
  }>(
    `SELECT note, custom_fields, fields_sent_at IS NOT NULL AS fields_sent,
       note_attempted_at IS NOT NULL AS note_attempted, note_sent_at IS NOT NULL AS note_sent
     FROM order_annotations WHERE order_guid = $1`,
    [orderGuid],
  );
  if (!row) return undefined;
  const customFields =
    typeof row.custom_fields === 'string' ? JSON.parse(row.custom_fields) : row.custom_fields;
  return {
    note: row.note,
    customFields,
    fieldsSent: row.fields_sent,
    noteAttempted: row.note_attempted,
    noteSent: row.note_sent,
  };
}

type Marker = 'fields_sent_at' | 'note_attempted_at' | 'note_sent_at';

/** Sets (or, for a note attempt that provably did not run, clears) one sent-marker. */
export async function setAnnotationMarker(
  db: Db,
  input: { orderGuid: string; marker: Marker; on: boolean },
): Promise<void> {
  // The column name comes from the Marker union above, never from input.
  await db.query(
    `UPDATE order_annotations SET ${input.marker} = ${input.on ? 'now()' : 'NULL'}
     WHERE order_guid = $1`,
    [input.orderGuid],
  );
}
