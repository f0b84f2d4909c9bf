import { z } from 'zod';

import type { ContactPatchOperation, ContactRecord } from './contact-types';
import { Amount, textOrNull } from './wire-values';

/** One contact of `GET /contact-service/contact/{idSet}` (reference §6.3); the fields we map. */
export const ContactItem = z.object({
  contactId: z.number().int().positive(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  communication: z
    .object({
      // Type code (PRI, SEC, TER) → {email}; a type that is not set is absent.
      emails: z.record(z.string(), z.object({ email: z.string().nullish() })).nullish(),
      // Type code (PRI, SEC, MOB, FAX) → plain string.
      telephones: z.record(z.string(), z.string().nullish()).nullish(),
    })
    .nullish(),
  financialDetails: z
    .object({ creditLimit: Amount.nullish(), creditTermDays: z.number().int().nullish() })
    .nullish(),
  updatedOn: z.string().min(1),
});
export type ContactItem = z.output<typeof ContactItem>;

export function toContactRecord(contact: ContactItem): ContactRecord {
  return {
    contactId: contact.contactId,
    firstName: contact.firstName ?? '',
    lastName: contact.lastName ?? '',
    email: textOrNull(contact.communication?.emails?.PRI?.email),
    phone: textOrNull(contact.communication?.telephones?.PRI),
    creditLimit: contact.financialDetails?.creditLimit ?? null,
    creditTermDays: contact.financialDetails?.creditTermDays ?? null,
    updatedOn: contact.updatedOn,
  };
}

/** A JSON pointer below the contact; patchable paths are listed in reference §6.4. */
const Path = z.string().regex(/^(\/[^/]+)+$/, 'a JSON pointer such as /firstName');

export const PatchOperations = z
  .array(
    z
      .object({
        op: z.enum(['add', 'replace', 'remove']),
        path: Path,
        value: z.unknown().optional(),
      })
      .refine((o) => (o.op === 'remove') === (o.value === undefined), {
        message: 'add and replace need a value; remove takes none',
      }),
  )
  .min(1);

/**
 * The wire form of the operations. Emails and telephones that are not set are absent from the
 * contact, and `replace` on an absent member fails (reference §12.15), so under
 * `/communication/` a replace is sent as `add`, which JSON-Patch defines as set-or-overwrite.
 * Elsewhere `add` can itself be refused (CMNC-044 on an order's `/reference`, §5.6): left as is.
 */
export function contactPatchBody(operations: ContactPatchOperation[]): ContactPatchOperation[] {
  return operations.map(({ op, path, value }) => {
    if (op === 'remove') return { op, path };
    const wireOp = op === 'replace' && path.startsWith('/communication/') ? 'add' : op;
    return { op: wireOp, path, value };
  });
}
