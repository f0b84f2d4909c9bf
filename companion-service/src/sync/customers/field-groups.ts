import { createHash } from 'node:crypto';

import type { KenticoCustomerRecord, UpdateCustomerBody } from '@bpkc/shared-types';

import type { ContactPatchOperation, ContactRecord } from '../../brightpearl';

/** The customer fields with one master each (mapping `customers`: identity, credit). */
export interface IdentityFields {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
}
export interface CreditFields {
  creditLimit: number | null;
  creditTermDays: number | null;
}

/**
 * The identity is synced as three independent groups, each hashed, sent and remembered on its
 * own: a value Brightpearl refuses (a telephone it will not take, say) then holds back only its
 * group, and a rename still lands. Each is one PATCH of documented paths (reference §6.4).
 */
export const IDENTITY_GROUPS = ['name', 'email', 'phone'] as const;
export type IdentityGroup = (typeof IDENTITY_GROUPS)[number];
export type FieldGroup = IdentityGroup | 'credit';
/** Per group: the hash of the values both sides last agreed on. A missing group never agreed. */
export type GroupHashes = Partial<Record<FieldGroup, string>>;

type KenticoIdentitySource = Pick<
  KenticoCustomerRecord,
  'CustomerFirstName' | 'CustomerLastName' | 'CustomerEmail' | 'CustomerPhone'
>;

/**
 * Kentico's identity as a Brightpearl contact can hold it: names capped at 32 characters and a
 * last name always present (reference §6.2). Both sides then hash alike when they agree, so a
 * long name is not seen as a difference (and re-sent) on every sweep.
 */
export const kenticoIdentity = (c: KenticoIdentitySource): IdentityFields => ({
  firstName: c.CustomerFirstName.slice(0, 32),
  lastName: (c.CustomerLastName || c.CustomerFirstName || c.CustomerEmail).slice(0, 32),
  email: c.CustomerEmail.trim().toLowerCase(),
  phone: c.CustomerPhone || null,
});
export const brightpearlIdentity = (
  c: Pick<ContactRecord, 'firstName' | 'lastName' | 'email' | 'phone'>,
): IdentityFields => ({
  firstName: c.firstName,
  lastName: c.lastName,
  email: (c.email ?? '').trim().toLowerCase(),
  phone: c.phone || null,
});
export const brightpearlCredit = (c: ContactRecord): CreditFields => ({
  creditLimit: c.creditLimit,
  creditTermDays: c.creditTermDays,
});

const hash = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

const PARTS: Record<IdentityGroup, (f: IdentityFields) => object> = {
  name: ({ firstName, lastName }) => ({ firstName, lastName }),
  email: ({ email }) => ({ email }),
  phone: ({ phone }) => ({ phone }),
};

/** Compared by hash: a group that looks as it did after our last sync is not sent again. */
export const identityHashes = (fields: IdentityFields): Record<IdentityGroup, string> => ({
  name: hash(PARTS.name(fields)),
  email: hash(PARTS.email(fields)),
  phone: hash(PARTS.phone(fields)),
});
export const creditHash = (fields: CreditFields): string => hash(fields);

/**
 * Rows written before the identity was split kept one hash for all of it: when it still matches
 * these values, every identity group agreed, so nothing is re-sent after an upgrade. Answers
 * `hashes` itself when nothing was adopted; the caller stores what was.
 */
export function adoptLegacyIdentity(
  hashes: GroupHashes,
  { legacy, identity }: { legacy: string | null; identity: IdentityFields },
): GroupHashes {
  if (legacy === null || IDENTITY_GROUPS.some((group) => hashes[group] !== undefined))
    return hashes;
  return legacy === hash(identity) ? { ...identityHashes(identity), ...hashes } : hashes;
}

/**
 * One group's JSON-Patch, documented paths only (reference §6.4); `add` also replaces, and
 * works on an e-mail or telephone not set yet (§12.15). A cleared phone sends nothing: `remove`
 * fails on a contact without one, and the contact's number is the better guess than none.
 */
export function identityPatch(
  group: IdentityGroup,
  fields: IdentityFields,
): ContactPatchOperation[] {
  switch (group) {
    case 'name':
      return [
        { op: 'add', path: '/firstName', value: fields.firstName.slice(0, 32) },
        { op: 'add', path: '/lastName', value: fields.lastName.slice(0, 32) },
      ];
    case 'email':
      return [{ op: 'add', path: '/communication/emails/PRI/email', value: fields.email }];
    case 'phone':
      return fields.phone
        ? [{ op: 'add', path: '/communication/telephones/PRI', value: fields.phone }]
        : [];
  }
}

/** One group's values as the Kentico customer fields they come from. */
export function kenticoFields(
  group: IdentityGroup,
  fields: IdentityFields,
): UpdateCustomerBody['fields'] {
  switch (group) {
    case 'name':
      return { CustomerFirstName: fields.firstName, CustomerLastName: fields.lastName };
    case 'email':
      return { CustomerEmail: fields.email };
    case 'phone':
      return { CustomerPhone: fields.phone };
  }
}
