import { createHash } from 'node:crypto';

import type { KenticoCustomerRecord } from '@bpkc/shared-types';

import type { ContactRecord } from '../../brightpearl';

/** The customer field groups that have one master each (mapping `customers`). */
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
export const kenticoCredit = (c: KenticoCustomerRecord): CreditFields => ({
  creditLimit: c.BpcCreditLimit,
  creditTermDays: c.BpcCreditTermDays,
});
export const brightpearlIdentity = (c: ContactRecord): IdentityFields => ({
  firstName: c.firstName,
  lastName: c.lastName,
  email: (c.email ?? '').trim().toLowerCase(),
  phone: c.phone || null,
});
export const brightpearlCredit = (c: ContactRecord): CreditFields => ({
  creditLimit: c.creditLimit,
  creditTermDays: c.creditTermDays,
});

/** Compared by hash: a group that looks as it did after our last sync is not sent again. */
export const groupHash = (fields: IdentityFields | CreditFields): string =>
  createHash('sha256').update(JSON.stringify(fields)).digest('hex');

/** JSON-Patch for the identity group ("add" also replaces, and works on empty fields, §12.15). */
export function identityPatch(fields: IdentityFields) {
  return [
    { op: 'add' as const, path: '/firstName', value: fields.firstName.slice(0, 32) },
    { op: 'add' as const, path: '/lastName', value: fields.lastName.slice(0, 32) },
    { op: 'add' as const, path: '/communication/emails/PRI/email', value: fields.email },
    ...(fields.phone
      ? [{ op: 'add' as const, path: '/communication/telephones/PRI', value: fields.phone }]
      : []),
  ];
}

export function creditPatch(fields: CreditFields) {
  return [
    { op: 'add' as const, path: '/financialDetails/creditLimit', value: fields.creditLimit ?? 0 },
    {
      op: 'add' as const,
      path: '/financialDetails/creditTermDays',
      value: fields.creditTermDays ?? 0,
    },
  ];
}
