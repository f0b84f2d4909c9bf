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

type PatchOp = 'add' | 'replace' | 'remove';
const EVERY: readonly PatchOp[] = ['add', 'replace', 'remove'];

/**
 * The documented patchable paths and their operations (reference §6.4, Contact PATCH docs).
 * Brightpearl refuses anything else with 500 CMNC-044, and the PATCH is all or nothing: an
 * undocumented path (e.g. /financialDetails/creditLimit) would sink the whole request. Refused
 * here instead, before a call is spent, as a permanent local validation error.
 */
export const DOCUMENTED_CONTACT_PATHS: Readonly<Record<string, readonly PatchOp[]>> = {
  '/salutation': EVERY,
  '/firstName': ['add', 'replace'],
  '/lastName': ['add', 'replace'],
  ...Object.fromEntries(
    ['PRI', 'SEC', 'TER'].map((type) => [`/communication/emails/${type}/email`, EVERY]),
  ),
  ...Object.fromEntries(
    ['PRI', 'SEC', 'MOB', 'FAX'].map((type) => [`/communication/telephones/${type}`, EVERY]),
  ),
  '/marketingDetails/isReceiveEmailNewsletter': ['replace'],
  '/leadTime': ['replace'],
  '/companyId': ['replace'],
};

export const PatchOperations = z
  .array(
    z
      .object({
        op: z.enum(['add', 'replace', 'remove']),
        path: z.string(),
        value: z.unknown().optional(),
      })
      .refine((o) => (o.op === 'remove') === (o.value === undefined), {
        message: 'add and replace need a value; remove takes none',
      })
      .refine((o) => DOCUMENTED_CONTACT_PATHS[o.path]?.includes(o.op) === true, {
        message: 'not a documented contact PATCH path and operation (reference §6.4)',
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
