import type { KenticoCustomerRecord, MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient, ContactPatchOperation, ContactRecord } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { testMapping } from '../../mapping/test-mappings';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import type { CustomerDeps } from './push-customer';

/** Tests: a contact as the client decodes it. */
export const contactRecord = (more: Partial<ContactRecord> = {}): ContactRecord => ({
  contactId: 7,
  firstName: 'Ann',
  lastName: 'Lee',
  email: 'ann@example.com',
  phone: '0123',
  creditLimit: 0,
  creditTermDays: 0,
  updatedOn: '2026-05-01T10:00:00.000+00:00',
  ...more,
});

/** Tests: the Kentico customer matching `contactRecord()`. */
export const kenticoCustomer = (
  more: Partial<Omit<KenticoCustomerRecord, 'CustomerGUID'>> & { CustomerGUID?: string } = {},
): KenticoCustomerRecord =>
  ({
    CustomerGUID: '00000000-0000-4000-8000-000000000001',
    CustomerFirstName: 'Ann',
    CustomerLastName: 'Lee',
    CustomerEmail: 'ann@example.com',
    CustomerPhone: '0123',
    BpcCreditLimit: 0,
    BpcCreditTermDays: 0,
    ...more,
  }) as KenticoCustomerRecord;

export interface FakeCustomerWorld {
  deps: CustomerDeps;
  patches: ContactPatchOperation[][];
  contactReads: number[][];
  kenticoWrites: Array<Record<string, unknown>>;
  enqueued: unknown[];
  /** What Brightpearl answers to a PATCH: the contact, or an error to throw. */
  answer: (operations: ContactPatchOperation[]) => ContactRecord | Error;
  customer: KenticoCustomerRecord;
  contacts: ContactRecord[];
  searchRows: { rows: Array<{ contactId: number; updatedOn: string }>; shifted: boolean };
  searchedSince: string[];
}

/** Tests: customer sync deps over a real store, with Brightpearl and Kentico faked. */
export function fakeCustomerWorld(
  db: Db,
  mapping: MappingConfig = testMapping(),
): FakeCustomerWorld {
  const world: FakeCustomerWorld = {
    patches: [],
    contactReads: [],
    kenticoWrites: [],
    enqueued: [],
    answer: () => contactRecord(),
    customer: kenticoCustomer(),
    contacts: [],
    searchRows: { rows: [], shifted: false },
    searchedSince: [],
    deps: undefined as unknown as CustomerDeps,
  };
  const brightpearl = {
    patchContact: async (_id: number, operations: ContactPatchOperation[]) => {
      world.patches.push(operations);
      const answer = world.answer(operations);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    getContacts: async (ids: number[]) => {
      world.contactReads.push(ids);
      return world.contacts.filter((contact) => ids.includes(contact.contactId));
    },
    searchContactsUpdatedSince: async (since: string) => {
      world.searchedSince.push(since);
      return world.searchRows;
    },
  } as Partial<BrightpearlClient> as BrightpearlClient;
  const kentico = {
    getCustomer: async () => world.customer,
    updateCustomer: async (_guid: string, fields: Record<string, unknown>) => {
      world.kenticoWrites.push(fields);
    },
  } as unknown as KenticoBridgeClient;
  const queue = {
    enqueue: async (_name: string, data: unknown) => {
      world.enqueued.push(data);
    },
  } as unknown as JobQueue;
  world.deps = { db, queue, brightpearl, kentico, mapping, mappingVersion: 1 };
  return world;
}
