import type { EmailType, StoredContact } from './contact-types';

/**
 * One patchable JSON-Pointer path of a contact: read its value, or write one (undefined =
 * remove). `write` answers an error message for a value it cannot take.
 */
export interface ContactPath {
  read(contact: StoredContact): unknown;
  write(contact: StoredContact, value: unknown): string | undefined;
}

const text = (
  field: 'salutation' | 'firstName' | 'lastName',
  { required }: { required: boolean },
): ContactPath => ({
  read: (contact) => contact[field],
  write: (contact, value) => {
    if (value === undefined && !required) return void (contact[field] = '');
    if (typeof value !== 'string' || value.length > 32 || (required && value === '')) {
      return `must be ${required ? 'a non-empty' : 'a'} string of at most 32 characters`;
    }
    contact[field] = value;
    return undefined;
  },
});

const email = (type: EmailType): ContactPath => ({
  read: (contact) => contact.emails[type]?.email,
  write: (contact, value) => {
    if (value === undefined) return void delete contact.emails[type];
    if (typeof value !== 'string') return 'must be a string';
    contact.emails[type] = { email: value };
    return undefined;
  },
});

const telephone = (type: string): ContactPath => ({
  read: (contact) => contact.telephones[type],
  write: (contact, value) => {
    if (value === undefined) return void delete contact.telephones[type];
    if (typeof value !== 'string') return 'must be a string';
    contact.telephones[type] = value;
    return undefined;
  },
});

// Present on every contact (0 until set), so `replace`, their only documented operation, works.
const wholeNumber = (field: 'leadTime' | 'companyId'): ContactPath => ({
  read: (contact) => contact[field] ?? 0,
  write: (contact, value) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      return 'must be a whole number ≥ 0';
    }
    contact[field] = value;
    return undefined;
  },
});

/** JSON-Patch operations (RFC 6902); the docs' "All operations" means every one of them. */
export type PatchOp = 'test' | 'add' | 'replace' | 'remove' | 'move' | 'copy';
const ALL: readonly PatchOp[] = ['test', 'add', 'replace', 'remove', 'move', 'copy'];

/** One documented path: how to read and write it, and the operations the docs allow on it. */
export interface DocumentedPath extends ContactPath {
  ops: readonly PatchOp[];
}
const allowing = (ops: readonly PatchOp[], path: ContactPath): DocumentedPath => ({ ...path, ops });

/**
 * Exactly the patchable paths and operations of the Contact PATCH documentation (reference §6.4,
 * api-docs contact/contact/patch.html): "Salutation /salutation: test, add, replace, remove;
 * First name /firstName and Last name /lastName: test, add, replace; Telephone numbers
 * /communication/telephones/{PRI or SEC or MOB or FAX} and Email addresses
 * /communication/emails/{PRI or SEC or TER}/email: All operations; Receive email newsletter
 * /marketingDetails/isReceiveEmailNewsletter: test, replace; Lead time /leadTime and Company Id
 * /companyId: replace". Anything else — credit terms under /financialDetails included — is
 * refused like Brightpearl refuses an undocumented order path (patch-contact.ts).
 */
export const CONTACT_PATHS: Record<string, DocumentedPath> = {
  '/salutation': allowing(
    ['test', 'add', 'replace', 'remove'],
    text('salutation', { required: false }),
  ),
  '/firstName': allowing(['test', 'add', 'replace'], text('firstName', { required: false })),
  '/lastName': allowing(['test', 'add', 'replace'], text('lastName', { required: true })),
  '/communication/emails/PRI/email': allowing(ALL, email('PRI')),
  '/communication/emails/SEC/email': allowing(ALL, email('SEC')),
  '/communication/emails/TER/email': allowing(ALL, email('TER')),
  '/communication/telephones/PRI': allowing(ALL, telephone('PRI')),
  '/communication/telephones/SEC': allowing(ALL, telephone('SEC')),
  '/communication/telephones/MOB': allowing(ALL, telephone('MOB')),
  '/communication/telephones/FAX': allowing(ALL, telephone('FAX')),
  '/marketingDetails/isReceiveEmailNewsletter': allowing(['test', 'replace'], {
    read: (contact) => contact.isReceiveEmailNewsletter,
    write: (contact, value) => {
      if (typeof value !== 'boolean') return 'must be true or false';
      contact.isReceiveEmailNewsletter = value;
      return undefined;
    },
  }),
  '/leadTime': allowing(['replace'], wholeNumber('leadTime')),
  '/companyId': allowing(['replace'], wholeNumber('companyId')),
};
