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

const count = (
  field: 'creditLimit' | 'creditTermDays',
  { whole }: { whole: boolean },
): ContactPath => ({
  read: (contact) => contact[field],
  write: (contact, value) => {
    const next = value === undefined ? 0 : value;
    if (typeof next !== 'number' || next < 0 || (whole && !Number.isInteger(next))) {
      return `must be a ${whole ? 'whole ' : ''}number ≥ 0`;
    }
    contact[field] = next;
    return undefined;
  },
});

/**
 * The documented patchable paths (reference §6.4), except /leadTime and /companyId which the
 * simulator does not keep. The two /financialDetails paths are UNCONFIRMED as patchable: the
 * docs do not list them, the connector needs them.
 */
export const CONTACT_PATHS: Record<string, ContactPath> = {
  '/salutation': text('salutation', { required: false }),
  '/firstName': text('firstName', { required: false }),
  '/lastName': text('lastName', { required: true }),
  '/communication/emails/PRI/email': email('PRI'),
  '/communication/emails/SEC/email': email('SEC'),
  '/communication/emails/TER/email': email('TER'),
  '/communication/telephones/PRI': telephone('PRI'),
  '/communication/telephones/SEC': telephone('SEC'),
  '/communication/telephones/MOB': telephone('MOB'),
  '/communication/telephones/FAX': telephone('FAX'),
  '/marketingDetails/isReceiveEmailNewsletter': {
    read: (contact) => contact.isReceiveEmailNewsletter,
    write: (contact, value) => {
      if (typeof value !== 'boolean') return 'must be true or false';
      contact.isReceiveEmailNewsletter = value;
      return undefined;
    },
  },
  '/financialDetails/creditLimit': count('creditLimit', { whole: false }),
  '/financialDetails/creditTermDays': count('creditTermDays', { whole: true }),
};
