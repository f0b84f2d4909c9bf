import { z } from 'zod';

import { BrightpearlError, ERROR_CODES, notFound, zodToBrightpearlError } from '../errors';
import type { RouteContext } from '../route';
import { formatTimestamp } from '../state';
import { CONTACT_PATHS, type PatchOp } from './contact-paths';
import type { StoredContact } from './contact-types';

/** RFC 6902 operations; which ones a path takes is documented per path (contact-paths.ts). */
const JsonPatch = z.array(
  z.object({
    op: z.enum(['add', 'replace', 'remove', 'test', 'move', 'copy']),
    path: z.string(),
    value: z.unknown().optional(),
    from: z.string().optional(),
  }),
);
type Operation = z.infer<typeof JsonPatch>[number];

const invalid = (message: string) =>
  BrightpearlError.of(400, ERROR_CODES.contactValidation, message);

/**
 * PATCH /contact-service/contact/{id} (reference §6.4): a JSON-Patch ARRAY, applied all or
 * nothing, answering the whole contact (not array-wrapped, [REC]). A real change bumps
 * updatedOn, which is what `contact-search?updatedOn=` polling relies on (§10.3: contact events
 * are not subscribable, so none is raised).
 */
export function patchContact(context: RouteContext): StoredContact {
  const raw = context.params['id'] ?? '';
  const contact = /^\d+$/.test(raw) ? context.state.contacts.get(Number(raw)) : undefined;
  if (!contact) throw notFound('No Contact Found');
  if (!Array.isArray(context.body)) {
    throw invalid('The body must be a JSON-Patch array of operations');
  }
  const parsed = JsonPatch.safeParse(context.body);
  if (!parsed.success) throw zodToBrightpearlError(parsed.error, ERROR_CODES.contactValidation);
  const draft = structuredClone(contact);
  parsed.data.forEach((operation, index) => apply(draft, { operation, index }));
  if (JSON.stringify(draft) !== JSON.stringify(contact)) {
    Object.assign(contact, draft, { updatedOn: formatTimestamp(context.now()) });
  }
  return contact;
}

function apply(
  draft: StoredContact,
  { operation, index }: { operation: Operation; index: number },
): void {
  const target = pathOf(operation.path, operation.op);
  const at = `${index}.path ${operation.path}`;
  const write = (value: unknown) => {
    const problem = target.write(draft, value);
    if (problem !== undefined) throw invalid(`${at}: ${problem}`);
  };
  switch (operation.op) {
    case 'test':
      if (JSON.stringify(target.read(draft)) !== JSON.stringify(operation.value)) {
        const message = `${at}: test failed, the value differs`;
        throw BrightpearlError.of(400, ERROR_CODES.contactPatchTestFailed, message);
      }
      return;
    case 'remove':
      absentFails(target.read(draft), at);
      return write(undefined);
    case 'move':
    case 'copy': {
      // The source is read (copy) or removed (move): it must take that operation itself.
      const source = pathOf(operation.from ?? '', operation.op === 'move' ? 'remove' : 'test');
      const value = source.read(draft);
      const removed = operation.op === 'move' ? source.write(draft, undefined) : undefined;
      if (removed !== undefined) throw invalid(`${index}.from ${operation.from ?? ''}: ${removed}`);
      return write(value);
    }
    default:
      if (!('value' in operation)) throw invalid(`${at}: ${operation.op} needs a value`);
      if (operation.op === 'replace') absentFails(target.read(draft), at);
      return write(operation.value);
  }
}

/**
 * `replace` and `remove` need the member to exist (RFC 6902 §4.2–4.3): an unset e-mail or
 * telephone takes `add`. Recorded for custom fields (reference §12.15); for contacts UNCONFIRMED.
 */
function absentFails(current: unknown, at: string): void {
  if (current === undefined) throw invalid(`${at}: nothing to replace or remove; use add`);
}

/**
 * A path or an operation the Contact PATCH documentation does not list (reference §6.4) is
 * refused the way Brightpearl refuses one on an order: HTTP 500, CMNC-044, "Invalid patch
 * operation (add) for given path (/reference)" (reference §3.2, §5.6 [REC]). The exact message
 * for contacts is UNCONFIRMED; code and status are the recorded ones.
 */
function pathOf(path: string, op: PatchOp) {
  const target = CONTACT_PATHS[path];
  if (!target || !target.ops.includes(op)) {
    const message = `Invalid patch operation (${op}) for given path (${path})`;
    throw BrightpearlError.of(500, ERROR_CODES.invalidPatchOperation, message);
  }
  return target;
}
