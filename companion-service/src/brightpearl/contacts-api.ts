import {
  ContactCreate,
  createBrightpearlContactId,
  CreatedIdResponse,
  PostalAddressCreate,
} from '@bpkc/shared-types';
import { z } from 'zod';

import { parseBody, validateRequest } from './envelope';
import type { Transport, TransportRequest } from './http';
import { search } from './search';
import type { BrightpearlClient, CallOptions, ContactSearchRow } from './types';
import { textOrNull } from './wire-values';
import type { WriteBatcher } from './write-batcher';

const ENDPOINTS = {
  contactSearch: 'GET /contact-service/contact-search',
  createPostalAddress: 'POST /contact-service/postal-address',
  createContact: 'POST /contact-service/contact',
} as const;

// Recorded searches send real booleans; null (column not set) reads as "no".
const Flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);

const Text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

const ContactRow = z.object({
  contactId: z.number().int().positive(),
  primaryEmail: z.string().nullish(),
  isStaff: Flag,
  isSupplier: Flag,
  isCustomer: Flag,
  // Also in the row (column list, reference §4): the identity a found contact already has.
  firstName: Text,
  lastName: Text,
  pri: z.string().nullish(),
});

type ContactsApi = Pick<
  BrightpearlClient,
  'searchContactsByEmail' | 'createPostalAddress' | 'createContact'
>;

/** Creates go through `writes`, so creates waiting for the budget share one multi-message. */
export function createContactsApi(
  transport: Transport,
  writes: Pick<WriteBatcher, 'send'> = transport,
): ContactsApi {
  const post = async (request: Omit<TransportRequest, 'method'>): Promise<number> => {
    const response = await writes.send({ ...request, body: request.body, method: 'POST' });
    return parseBody(CreatedIdResponse, response, request.endpoint).response;
  };

  return {
    async searchContactsByEmail(email: string, call?: CallOptions): Promise<ContactSearchRow[]> {
      const endpoint = ENDPOINTS.contactSearch;
      const trimmed = validateRequest(z.string().trim().min(1), email, endpoint);
      const { rows } = await search(transport, {
        endpoint,
        path: '/contact-service/contact-search',
        query: { primaryEmail: trimmed },
        row: ContactRow,
        call,
      });
      // primaryEmail is a SEARCH_STRING column (substring match): "ann@x.com" also finds
      // "joann@x.com", so keep exact (case-insensitive) matches only.
      const wanted = trimmed.toLowerCase();
      return rows.flatMap(({ primaryEmail, pri, ...rest }) =>
        typeof primaryEmail === 'string' && primaryEmail.trim().toLowerCase() === wanted
          ? [{ ...rest, primaryEmail, phone: textOrNull(pri) }]
          : [],
      );
    },

    async createPostalAddress(body: PostalAddressCreate, call?: CallOptions) {
      const endpoint = ENDPOINTS.createPostalAddress;
      const data = validateRequest(PostalAddressCreate, body, endpoint);
      return post({ endpoint, path: '/contact-service/postal-address', body: data, call });
    },

    async createContact(body: ContactCreate, call?: CallOptions) {
      const endpoint = ENDPOINTS.createContact;
      const data = validateRequest(ContactCreate, body, endpoint);
      const id = await post({ endpoint, path: '/contact-service/contact', body: data, call });
      return createBrightpearlContactId(id);
    },
  };
}
