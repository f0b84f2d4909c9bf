import { z } from 'zod';

import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { formatTimestamp } from '../state';
import type { StoredOrder } from './order-types';

// Order custom fields and notes (reference §5.8 and the note row). Shapes are UNCONFIRMED
// ([REC]/[CODE] only): the simulator accepts what the reference shows and answers loosely.

const PatchOps = z
  .array(
    z.object({
      op: z.enum(['add', 'remove', 'replace']),
      path: z.string().regex(/^\/[A-Za-z_][A-Za-z0-9_]*$/),
      value: z.unknown().optional(),
    }),
  )
  .min(1);

const NoteBody = z.object({
  text: z.string().min(1),
  isPublic: z.boolean().optional(),
  addedOn: z.string().optional(),
});

function orderOf(context: RouteContext): StoredOrder {
  const order = context.state.orders.get(Number(context.params['id']));
  if (!order) throw notFound(`Cannot find order ${context.params['id'] ?? ''}`);
  return order;
}

/**
 * PATCH /order-service/order/{id}/custom-field → the full custom-field map. `add` sets or
 * replaces; `remove` clears; `replace` of an empty field fails (reference §5.8, [CODE]): as
 * with other bad patch operations, Brightpearl answers that with a 500 (reference §3).
 */
export function patchCustomFields(context: RouteContext): Record<string, unknown> {
  const order = orderOf(context);
  const ops = parseBody(PatchOps, context.body, ERROR_CODES.orderValidation);
  const fields = { ...order.customFields };
  for (const op of ops) {
    const code = op.path.slice(1);
    if (op.op === 'remove') delete fields[code];
    else if (op.op === 'replace' && !(code in fields)) {
      throw BrightpearlError.of(
        500,
        ERROR_CODES.invalidPatchOperation,
        `Invalid patch operation (replace) for given path (${op.path})`,
      );
    } else fields[code] = op.value;
  }
  order.customFields = fields;
  order.updatedOn = formatTimestamp(context.now());
  return fields;
}

export function getCustomFields(context: RouteContext): Record<string, unknown> {
  return { ...orderOf(context).customFields };
}

/** POST /order-service/order/{id}/note → the new note's id (its position, 1-based). */
export function addNote(context: RouteContext): number {
  const order = orderOf(context);
  const note = parseBody(NoteBody, context.body, ERROR_CODES.orderValidation);
  order.notes = [
    ...(order.notes ?? []),
    { text: note.text, isPublic: note.isPublic ?? false, addedOn: formatTimestamp(context.now()) },
  ];
  return order.notes.length;
}
