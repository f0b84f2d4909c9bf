import { createHash, randomUUID } from 'node:crypto';

import {
  BrightpearlNotFoundError,
  BrightpearlServerError,
  BrightpearlValidationError,
} from '../../brightpearl';
import { PermanentError } from '../../dead-letters/permanent-error';
import { testMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { findCustomerSync, rememberCustomerSync } from './customer-repository';
import { contactRecord, fakeCustomerWorld, kenticoCustomer } from './customer-test-support';
import { identityHashes, kenticoIdentity } from './field-groups';
import { pushKenticoCustomer } from './push-customer';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

const refusedPath = (path: string) =>
  new BrightpearlValidationError({
    endpoint: 'PATCH /contact-service/contact/{id}',
    status: 500,
    code: 'CMNC-044',
    errors: [
      { code: 'CMNC-044', message: `Invalid patch operation (add) for given path (${path})` },
    ],
  });

describe.each(testBackends(POSTGRES_URL))('pushing a Kentico customer on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());

  /** A customer bound to contact 7, every identity group agreed as in `kenticoCustomer()`. */
  async function boundWorld(mapping = testMapping()) {
    const world = fakeCustomerWorld(store, mapping);
    const customerGuid = randomUUID();
    world.customer = kenticoCustomer({ CustomerGUID: customerGuid });
    const hashes = identityHashes(kenticoIdentity(world.customer));
    await rememberCustomerSync(store, { customerGuid, contactId: 7, hashes });
    return { world, customerGuid };
  }

  it("costs nothing for Kentico's echo of an agreed identity", async () => {
    const { world, customerGuid } = await boundWorld();
    await expect(pushKenticoCustomer(world.deps, customerGuid)).resolves.toEqual({ calls: 0 });
    expect(world.patches).toEqual([]);
  });

  it('sends each changed group in its own PATCH; a refused one blocks no other and is a dead letter', async () => {
    const { world, customerGuid } = await boundWorld();
    world.customer = { ...world.customer, CustomerFirstName: 'Anna', CustomerPhone: '0999' };
    world.answer = (operations) =>
      operations.some((op) => op.path.startsWith('/communication/telephones/'))
        ? refusedPath('/communication/telephones/PRI')
        : contactRecord({ firstName: 'Anna' });

    const error = await pushKenticoCustomer(world.deps, customerGuid).catch((e: unknown) => e);

    expect(world.patches.map((ops) => ops.map((op) => op.path))).toEqual([
      ['/firstName', '/lastName'],
      ['/communication/telephones/PRI'],
    ]);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({
      reason: 'refused',
      retryable: false,
      recordKey: customerGuid,
      details: { groups: ['phone'] },
    });
    // The name landed and is remembered; the phone is not, so a replay sends it alone.
    const sync = await findCustomerSync(store, customerGuid);
    const agreed = identityHashes(kenticoIdentity(world.customer));
    expect(sync?.hashes.name).toBe(agreed.name);
    expect(sync?.hashes.phone).not.toBe(agreed.phone);

    world.answer = () => contactRecord({ phone: '0999' });
    await pushKenticoCustomer(world.deps, customerGuid);
    expect(world.patches.at(-1)).toEqual([
      { op: 'add', path: '/communication/telephones/PRI', value: '0999' },
    ]);
    expect(world.patches).toHaveLength(3);
  });

  it('names every refused group in one dead letter (a deleted contact refuses them all)', async () => {
    const { world, customerGuid } = await boundWorld();
    world.customer = { ...world.customer, CustomerFirstName: 'Anna', CustomerEmail: 'a@x.com' };
    const gone = new BrightpearlNotFoundError({ endpoint: 'PATCH', status: 404, code: 'CMNC-404' });
    world.answer = () => gone;
    const error = await pushKenticoCustomer(world.deps, customerGuid).catch((e: unknown) => e);
    expect(error).toMatchObject({ details: { groups: ['name', 'email'] } });
    expect(world.patches).toHaveLength(2);
  });

  it('stops at an error a retry can help with, keeping the groups that landed', async () => {
    const { world, customerGuid } = await boundWorld();
    world.customer = { ...world.customer, CustomerFirstName: 'Anna', CustomerPhone: '0999' };
    const outage = new BrightpearlServerError({ endpoint: 'PATCH', status: 502 });
    world.answer = (operations) =>
      operations[0]!.path === '/firstName' ? contactRecord() : outage;
    await expect(pushKenticoCustomer(world.deps, customerGuid)).rejects.toBe(outage);
    world.answer = () => contactRecord();
    await pushKenticoCustomer(world.deps, customerGuid);
    // The retry sends the phone only: the name was remembered when it landed.
    expect(world.patches.map((ops) => ops[0]!.path)).toEqual([
      '/firstName',
      '/communication/telephones/PRI',
      '/communication/telephones/PRI',
    ]);
  });

  it('never sends credit terms, and nothing at all when Brightpearl owns the identity', async () => {
    const { world, customerGuid } = await boundWorld();
    world.customer = { ...world.customer, BpcCreditLimit: 999, BpcCreditTermDays: 60 };
    await pushKenticoCustomer(world.deps, customerGuid);
    expect(world.patches).toEqual([]);

    const owned = testMapping();
    const other = await boundWorld({
      ...owned,
      customers: { ...owned.customers, identity: 'brightpearl' },
    });
    other.world.customer = { ...other.world.customer, CustomerFirstName: 'Anna' };
    await pushKenticoCustomer(other.world.deps, other.customerGuid);
    expect(other.world.patches).toEqual([]);
  });

  it('adopts the single identity hash of rows written before the groups were split', async () => {
    const world = fakeCustomerWorld(store);
    const customerGuid = randomUUID();
    world.customer = kenticoCustomer({ CustomerGUID: customerGuid });
    const legacy = createHash('sha256')
      .update(JSON.stringify(kenticoIdentity(world.customer)))
      .digest('hex');
    await store.query(
      `INSERT INTO customer_sync (kentico_customer_guid, brightpearl_contact_id, identity_hash) VALUES ($1, 7, $2)`,
      [customerGuid, legacy],
    );
    await pushKenticoCustomer(world.deps, customerGuid);
    expect(world.patches).toEqual([]);
    world.customer = { ...world.customer, CustomerEmail: 'new@example.com' };
    await pushKenticoCustomer(world.deps, customerGuid);
    expect(world.patches).toEqual([
      [{ op: 'add', path: '/communication/emails/PRI/email', value: 'new@example.com' }],
    ]);
  });
});
