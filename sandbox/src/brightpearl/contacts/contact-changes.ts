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

const PATHS: Record<keyof ContactChanges, string> = {
  salutation: '/salutation',
  firstName: '/firstName',
  lastName: '/lastName',
  email: '/communication/emails/PRI/email',
  telephone: '/communication/telephones/PRI',
  mobile: '/communication/telephones/MOB',
  isReceiveEmailNewsletter: '/marketingDetails/isReceiveEmailNewsletter',
  creditLimit: '/financialDetails/creditLimit',
  creditTermDays: '/financialDetails/creditTermDays',
};

/**
 * The changes as JSON-Patch `add` operations (reference §6.4): `add` sets or overwrites, where
 * `replace` would fail on an e-mail or telephone the contact does not have yet (§12.15).
 */
export function contactPatch(changes: ContactChanges) {
  return (Object.keys(PATHS) as Array<keyof ContactChanges>)
    .filter((key) => changes[key] !== undefined)
    .map((key) => ({ op: 'add', path: PATHS[key], value: changes[key] }));
}
