import { randomUUID } from 'node:crypto';

import { testMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { CONTACTS_OVERLAP_MS } from './contacts-cursor';
import { findCustomerSync, rememberCustomerSync } from './customer-repository';
import { contactRecord, fakeCustomerWorld, kenticoCustomer } from './customer-test-support';
import { identityHashes, kenticoIdentity } from './field-groups';
import { sweepBrightpearlContacts } from './pull-contacts';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

/** As Brightpearl renders times: in the account's offset (reference §12.7). */
const accountTime = (ms: number) =>
  new Date(ms - 6 * 3_600_000).toISOString().replace('Z', '-06:00');
// Ahead of the clock: a first sweep starts at "now", and the watermark never moves back.
const T1 = accountTime(Date.now() + 60_000);
const T2 = accountTime(Date.now() + 65_500);
const minusOverlap = (at: string) => new Date(Date.parse(at) - CONTACTS_OVERLAP_MS).toISOString();

describe.each(testBackends(POSTGRES_URL))('the contact sweep on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());
  // The watermark is one per installation: each test starts without one.
  beforeEach(async () => {
    await store.query(
      `DELETE FROM installation_settings WHERE key = 'brightpearl-contacts-cursor'`,
    );
  });

  async function boundWorld(mapping = testMapping(), contactId = 7) {
    const world = fakeCustomerWorld(store, mapping);
    const customerGuid = randomUUID();
    world.customer = kenticoCustomer({ CustomerGUID: customerGuid });
    const hashes = identityHashes(kenticoIdentity(world.customer));
    await rememberCustomerSync(store, { customerGuid, contactId, hashes });
    return { world, customerGuid };
  }

  it('reads a changed contact once while its change stays in the overlap, then again when it changes', async () => {
    const { world, customerGuid } = await boundWorld();
    world.contacts = [contactRecord({ creditLimit: 500, updatedOn: T1 })];
    world.searchRows = { rows: [{ contactId: 7, updatedOn: T1 }], shifted: false };

    await expect(sweepBrightpearlContacts(world.deps)).resolves.toMatchObject({ written: 1 });
    await expect(sweepBrightpearlContacts(world.deps)).resolves.toMatchObject({ written: 0 });
    await sweepBrightpearlContacts(world.deps);
    expect(world.contactReads).toEqual([[7]]);
    expect(world.kenticoWrites).toEqual([{ BpcCreditLimit: 500, BpcCreditTermDays: 0 }]);
    // After the first sweep, each one starts a small overlap before the newest change seen.
    expect(world.searchedSince.slice(1)).toEqual([minusOverlap(T1), minusOverlap(T1)]);

    world.contacts = [contactRecord({ creditLimit: 800, updatedOn: T2 })];
    world.searchRows = { rows: [{ contactId: 7, updatedOn: T2 }], shifted: false };
    await sweepBrightpearlContacts(world.deps);
    await sweepBrightpearlContacts(world.deps);
    expect(world.contactReads).toEqual([[7], [7]]);
    expect(world.kenticoWrites.at(-1)).toEqual({ BpcCreditLimit: 800, BpcCreditTermDays: 0 });
    expect(world.searchedSince.at(-1)).toBe(minusOverlap(T2));
    const sync = await findCustomerSync(store, customerGuid);
    expect(sync?.contactId).toBe(7);
  });

  it('remembers the credit terms only once Kentico took them: a failed write is made again', async () => {
    const { world, customerGuid } = await boundWorld();
    world.contacts = [contactRecord({ creditLimit: 900, updatedOn: T1 })];
    world.searchRows = { rows: [{ contactId: 7, updatedOn: T1 }], shifted: false };
    const update = world.deps.kentico.updateCustomer;
    world.deps.kentico.updateCustomer = async () => {
      throw new Error('Kentico bridge answered 503');
    };
    await expect(sweepBrightpearlContacts(world.deps)).rejects.toThrow('503');
    expect((await findCustomerSync(store, customerGuid))?.hashes.credit).toBeUndefined();

    world.deps.kentico.updateCustomer = update;
    await expect(sweepBrightpearlContacts(world.deps)).resolves.toMatchObject({ written: 1 });
    expect(world.kenticoWrites).toEqual([{ BpcCreditLimit: 900, BpcCreditTermDays: 0 }]);
    expect((await findCustomerSync(store, customerGuid))?.hashes.credit).toBeDefined();
  });

  it('searches the same window again when the pages moved under it, and never moves back', async () => {
    const { world } = await boundWorld();
    world.contacts = [contactRecord({ updatedOn: T2 })];
    world.searchRows = { rows: [{ contactId: 7, updatedOn: T2 }], shifted: true };
    await sweepBrightpearlContacts(world.deps);
    await sweepBrightpearlContacts(world.deps);
    expect(world.searchedSince[1]).toBe(world.searchedSince[0]);

    world.searchRows = { rows: [{ contactId: 7, updatedOn: T2 }], shifted: false };
    await sweepBrightpearlContacts(world.deps);
    world.searchRows = { rows: [{ contactId: 8, updatedOn: T1 }], shifted: false };
    await sweepBrightpearlContacts(world.deps);
    await sweepBrightpearlContacts(world.deps);
    expect(world.searchedSince.at(-1)).toBe(minusOverlap(T2));
    // Contact 8 is nobody's: never read.
    expect(world.contactReads).toEqual([[7]]);
  });

  it('re-asserts a Kentico-owned group edited in Brightpearl, and writes a Brightpearl-owned one to Kentico', async () => {
    const kenticoOwned = await boundWorld();
    kenticoOwned.world.contacts = [contactRecord({ phone: '0777', updatedOn: T1 })];
    kenticoOwned.world.searchRows = { rows: [{ contactId: 7, updatedOn: T1 }], shifted: false };
    await sweepBrightpearlContacts(kenticoOwned.world.deps);
    // The credit terms (never compared before) are written; the phone is not: Kentico owns it.
    expect(kenticoOwned.world.kenticoWrites).toEqual([{ BpcCreditLimit: 0, BpcCreditTermDays: 0 }]);
    expect(kenticoOwned.world.enqueued).toEqual([{ customerGuid: kenticoOwned.customerGuid }]);
    const drifted = await findCustomerSync(store, kenticoOwned.customerGuid);
    expect(drifted?.hashes.phone).toBe('drifted-in-brightpearl');

    const mapping = testMapping();
    const owned = await boundWorld(
      { ...mapping, customers: { ...mapping.customers, identity: 'brightpearl' } },
      9,
    );
    owned.world.contacts = [contactRecord({ contactId: 9, lastName: 'Leigh', updatedOn: T2 })];
    owned.world.searchRows = { rows: [{ contactId: 9, updatedOn: T2 }], shifted: false };
    await sweepBrightpearlContacts(owned.world.deps);
    // Only the group that changed (the name), with the credit terms never compared before.
    expect(owned.world.kenticoWrites).toEqual([
      {
        CustomerFirstName: 'Ann',
        CustomerLastName: 'Leigh',
        BpcCreditLimit: 0,
        BpcCreditTermDays: 0,
      },
    ]);
    expect(owned.world.enqueued).toEqual([]);
  });
});
