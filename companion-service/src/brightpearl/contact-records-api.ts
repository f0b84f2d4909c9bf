import { formatIdSet } from '@bpkc/shared-types';
import { z } from 'zod';

import { ContactItem, contactPatchBody, PatchOperations, toContactRecord } from './contact-record';
import type { ContactRecord } from './contact-types';
import { parseBody, validateRequest, withQuery } from './envelope';
import type { Transport } from './http';
import { getOrNone, idSetChunks, sortedUniqueIds } from './id-chunks';
import { searchAll } from './search';
import type { BrightpearlClient, CallOptions } from './types';
import { fromPeriod, Since } from './wire-values';

const ENDPOINTS = {
  get: 'GET /contact-service/contact/{idSet}',
  patch: 'PATCH /contact-service/contact/{id}',
  search: 'GET /contact-service/contact-search',
} as const;

/** Contact GETs come in pages of 200 (reference §3.4). */
export const MAX_IDS_PER_CONTACT_GET = 200;

// Contact GETs also carry `pagination` beside `response` (2025 recording, reference §3.4).
const ContactsResponse = z.object({
  response: z.array(ContactItem),
  pagination: z
    .object({ morePagesAvailable: z.boolean(), lastResult: z.number().int().optional() })
    .optional(),
});

// The whole contact, not wrapped in an array (reference §6.4); a one-item array is read too.
const PatchResponse = z.object({
  response: z.union([
    ContactItem,
    z
      .array(ContactItem)
      .length(1)
      .transform((items) => items[0]!),
  ]),
});

const ContactId = z.number().int().positive();
const SearchRow = z.object({
  contactId: z.number().int().positive(),
  updatedOn: z.string().min(1),
  primaryEmail: z.string().nullish(),
});

type ContactRecordsApi = Pick<
  BrightpearlClient,
  'getContacts' | 'patchContact' | 'searchContactsUpdatedSince'
>;

export function createContactRecordsApi(transport: Transport): ContactRecordsApi {
  /** One id-set chunk, following `pagination` in case the server pages below the chunk size. */
  const getChunk = async (ids: number[], call?: CallOptions): Promise<ContactRecord[]> => {
    const records: ContactRecord[] = [];
    let firstResult = 1;
    for (;;) {
      const path = `/contact-service/contact/${formatIdSet(ids)}`;
      const body = await getOrNone(transport, {
        endpoint: ENDPOINTS.get,
        path: firstResult === 1 ? path : withQuery(path, { firstResult }),
        schema: ContactsResponse,
        call,
      });
      // 404 CMNC-404: none of these contacts exists (reference §6.3).
      records.push(...(body?.response ?? []).map(toContactRecord));
      const next = (body?.pagination?.lastResult ?? 0) + 1;
      if (!body?.pagination?.morePagesAvailable || next <= firstResult) return records;
      firstResult = next;
    }
  };

  return {
    async getContacts(ids: number[], call?: CallOptions) {
      const chunks = idSetChunks(sortedUniqueIds(ids, ENDPOINTS.get), MAX_IDS_PER_CONTACT_GET);
      const records = new Map<number, ContactRecord>();
      for (const chunk of chunks) {
        const wanted = new Set(chunk);
        for (const record of await getChunk(chunk, call)) {
          if (wanted.has(record.contactId)) records.set(record.contactId, record);
        }
      }
      return [...records.values()].sort((a, b) => a.contactId - b.contactId);
    },

    async patchContact(contactId, operations, call?: CallOptions) {
      const endpoint = ENDPOINTS.patch;
      const id = validateRequest(ContactId, contactId, endpoint);
      const valid = validateRequest(PatchOperations, operations, endpoint);
      const response = await transport.send({
        method: 'PATCH',
        endpoint,
        path: `/contact-service/contact/${id}`,
        // JSON-Patch: the body is the bare array, never wrapped in an object (reference §5.6).
        body: contactPatchBody(valid),
        call,
      });
      return toContactRecord(parseBody(PatchResponse, response, endpoint).response);
    },

    async searchContactsUpdatedSince(since: string, call?: CallOptions) {
      const endpoint = ENDPOINTS.search;
      const from = validateRequest(Since, since, endpoint);
      const rows = await searchAll(transport, {
        endpoint,
        path: '/contact-service/contact-search',
        // Oldest update first, so a caller can move its watermark as it works through the ids.
        query: { updatedOn: fromPeriod(from), sort: 'updatedOn.ASC' },
        row: SearchRow,
        call,
      });
      // A contact updated while the pages were read moves to the end: it appears twice, and
      // the row after its old place can be missed. Reported, so that the caller searches the
      // same window again instead of moving its watermark past the missed row.
      const newest = new Map<number, z.output<typeof SearchRow>>();
      for (const row of rows) newest.set(row.contactId, row);
      return {
        // primaryEmail only when the rows carried the column (null: the contact has none).
        rows: [...newest.values()].map(({ contactId, updatedOn, primaryEmail }) => ({
          contactId,
          updatedOn,
          ...(primaryEmail === undefined ? {} : { primaryEmail }),
        })),
        shifted: newest.size < rows.length,
      };
    },
  };
}
