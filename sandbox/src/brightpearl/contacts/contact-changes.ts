import { notFound } from '../errors';
import type { DispatchEnvironment } from '../dispatch';
import { formatTimestamp } from '../state';

/** A user's edit of a contact in Brightpearl, for the Direct API (direct-flows.ts). */
export interface ContactChanges {
  salutation?: string;
  firstName?: string;
  lastName?: string;
  /** The primary e-mail address. */
  email?: string;
  /** The primary telephone. */
  telephone?: string;
  mobile?: string;
  isReceiveEmailNewsletter?: boolean;
  creditLimit?: number;
  creditTermDays?: number;
}

type PatchableChange = Exclude<keyof ContactChanges, 'creditLimit' | 'creditTermDays'>;

/** Each change's documented path and operation (reference §6.4, contact-paths.ts). */
const PATCHES: Record<PatchableChange, { path: string; op: 'add' | 'replace' }> = {
  salutation: { path: '/salutation', op: 'add' },
  firstName: { path: '/firstName', op: 'add' },
  lastName: { path: '/lastName', op: 'add' },
  email: { path: '/communication/emails/PRI/email', op: 'add' },
  telephone: { path: '/communication/telephones/PRI', op: 'add' },
  mobile: { path: '/communication/telephones/MOB', op: 'add' },
  // The newsletter flag takes test and replace only; it is always present, so replace works.
  isReceiveEmailNewsletter: { path: '/marketingDetails/isReceiveEmailNewsletter', op: 'replace' },
};

/**
 * The API-patchable changes as JSON-Patch operations: `add` sets or overwrites, where `replace`
 * would fail on an e-mail or telephone the contact does not have yet (§12.15).
 */
export function contactPatch(changes: ContactChanges) {
  return (Object.keys(PATCHES) as PatchableChange[])
    .filter((key) => changes[key] !== undefined)
    .map((key) => ({ ...PATCHES[key], value: changes[key] }));
}

/**
 * Credit terms have no documented API write (reference §6.4); a user enters them on the contact
 * record (help "Customer credit terms and limits"). Applied to the state as that edit, bumping
 * updatedOn like any change, so `contact-search?updatedOn=` finds it.
 */
export function setCreditTerms(
  environment: Pick<DispatchEnvironment, 'state' | 'now'>,
  { contactId, changes }: { contactId: number; changes: ContactChanges },
): void {
  const contact = environment.state.contacts.get(contactId);
  if (!contact) throw notFound('No Contact Found');
  const next = {
    creditLimit: changes.creditLimit ?? contact.creditLimit,
    creditTermDays: changes.creditTermDays ?? contact.creditTermDays,
  };
  if (next.creditLimit === contact.creditLimit && next.creditTermDays === contact.creditTermDays)
    return;
  Object.assign(contact, next, { updatedOn: formatTimestamp(environment.now()) });
}
