import { SANDBOX_MAPPING, type SandboxRig, startSandbox } from '@bpkc/sandbox';
import type { KenticoOrder } from '@bpkc/shared-types';

import { placeSyncedOrder, waitForQueue } from '../support/lifecycle-helpers';
import { waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const PATCHES = 'PATCH /contact-service/contact/:id';
const CONTACT_READS = 'GET /contact-service/contact/:idSet';

/** Two sweeps, each followed by the customers queue (Kentico's echoes of the sweep's writes). */
async function sweepTwice(rig: SandboxRig): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
  }
}

async function groupHashes(rig: SandboxRig, customerGuid: string): Promise<string[]> {
  const rows = await rig.companion.store.query<{ group_hashes: Record<string, string> }>(
    `SELECT group_hashes FROM customer_sync WHERE kentico_customer_guid = $1`,
    [customerGuid],
  );
  return Object.keys(rows[0]?.group_hashes ?? {}).sort();
}

describe('customers ↔ contacts', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 51 });
  });
  afterAll(() => rig.stop());

  const patches = () => rig.brightpearl.requestLog.count(PATCHES);

  /** Places a new customer's order whose e-mail already has a contact in Brightpearl. */
  async function orderOfKnownContact(
    contact: { firstName?: string } = {},
  ): Promise<{ order: KenticoOrder; contactId: number }> {
    const input = rig.generator.nextOrder();
    const email = `known-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
    input.customer = { ...input.customer, email };
    const { firstName, lastName, phone } = input.customer;
    const contactId = rig.brightpearl.seedContact({
      email,
      firstName: contact.firstName ?? firstName,
      lastName: lastName || firstName || email,
      ...(phone ? { telephone: phone } : {}),
    });
    const placed = rig.kentico.placeOrder(input);
    const [order] = await waitForWriteBack(rig, [placed.OrderGUID]);
    return { order: order!, contactId };
  }

  it("costs no PATCH after creating a new customer's contact: the sweep and Kentico's echo find nothing to send", async () => {
    const patchesBefore = patches();
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id;
    expect(rig.brightpearl.state.contacts.get(contactId)).toBeDefined();
    // Every identity group is remembered on binding, each with its own hash.
    expect(await groupHashes(rig, customerGuid)).toEqual(['email', 'name', 'phone']);

    // The sweep sees the new contact (changed just now); any Kentico write it makes is echoed
    // back as customer.updated, which the customers queue handles before we count.
    await sweepTwice(rig);

    expect(patches() - patchesBefore).toBe(0);
    const customer = rig.kentico.getCustomer(customerGuid)!;
    expect(customer.CustomerFirstName).toBe(order.Customer.CustomerFirstName);
    // Credit terms are Brightpearl's: the sweep did write them, so an echo was delivered.
    expect(rig.kentico.customerWrites(customerGuid)).toBe(1);
    expect(customer.BpcCreditLimit).toBe(0);
  });

  it('costs no PATCH for a contact found by e-mail that holds the same identity: its hashes are stored on binding', async () => {
    const patchesBefore = patches();
    const { order, contactId } = await orderOfKnownContact();
    const customerGuid = order.Customer.CustomerGUID;
    expect(rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id).toBe(
      contactId,
    );
    expect(await groupHashes(rig, customerGuid)).toEqual(['email', 'name', 'phone']);

    await sweepTwice(rig);

    expect(patches() - patchesBefore).toBe(0);
    // The sweep carried the contact's credit terms to Kentico; the echo of that cost nothing.
    expect(rig.kentico.customerWrites(customerGuid)).toBe(1);
  });

  it('sends only the group that differs on a found contact, in one PATCH of documented paths', async () => {
    const patchesBefore = patches();
    const { order, contactId } = await orderOfKnownContact({ firstName: 'Someone-else' });
    expect(await groupHashes(rig, order.Customer.CustomerGUID)).toEqual(['email', 'phone']);

    await sweepTwice(rig);

    // Kentico owns the identity: the name is set once; e-mail and phone agreed already.
    expect(patches() - patchesBefore).toBe(1);
    expect(rig.brightpearl.state.contacts.get(contactId)!.firstName).toBe(
      order.Customer.CustomerFirstName.slice(0, 32),
    );
  });

  it('ends consistent per the masters when edited on both sides within a second, one write each way', async () => {
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id;
    // Settle the binding's first comparison (both sides start from the order's data).
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
    const patchesBefore = patches();
    const kenticoWritesBefore = rig.kentico.customerWrites(customerGuid);

    rig.kentico.updateCustomer(customerGuid, { CustomerFirstName: 'Renamed' });
    rig.brightpearl.updateContact(contactId, {
      creditLimit: 2500,
      creditTermDays: 30,
      firstName: 'Brightpearl-edit',
    });
    await waitForQueue(rig, 'customers');
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
    await rig.companion.runLifecycleSweep();

    const contact = rig.brightpearl.state.contacts.get(contactId)!;
    const customer = rig.kentico.getCustomer(customerGuid)!;
    expect(contact.firstName).toBe('Renamed');
    expect(customer.CustomerFirstName).toBe('Renamed');
    expect(customer.BpcCreditLimit).toBe(2500);
    expect(customer.BpcCreditTermDays).toBe(30);
    expect(patches() - patchesBefore).toBe(1);
    expect(rig.kentico.customerWrites(customerGuid) - kenticoWritesBefore).toBe(1);
    await waitFor(async () => ((await rig.companion.status()).queue.customers ?? 0) === 0);
  });

  it('reads a changed contact once, however many sweeps its change stays in the overlap', async () => {
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id;
    await sweepTwice(rig);
    const reads = () => rig.brightpearl.requestLog.count(CONTACT_READS);
    const readsBefore = reads();

    rig.brightpearl.updateContact(contactId, { creditLimit: 750 });
    for (let i = 0; i < 4; i++) await rig.companion.runLifecycleSweep();
    expect(reads() - readsBefore).toBe(1);
    expect(rig.kentico.getCustomer(customerGuid)!.BpcCreditLimit).toBe(750);

    // A new change at a later updatedOn is read again, once.
    rig.brightpearl.updateContact(contactId, { creditTermDays: 45 });
    for (let i = 0; i < 3; i++) await rig.companion.runLifecycleSweep();
    expect(reads() - readsBefore).toBe(2);
    expect(rig.kentico.getCustomer(customerGuid)!.BpcCreditTermDays).toBe(45);
  });
});

describe('a new contact with Brightpearl owning the identity', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 10,
      seed: 52,
      mapping: {
        ...SANDBOX_MAPPING,
        customers: { identity: 'brightpearl', credit: 'brightpearl' },
      },
    });
  });
  afterAll(() => rig.stop());

  it('costs no PATCH and no identity write: the sweep finds the identity it sent', async () => {
    const patches = () => rig.brightpearl.requestLog.count(PATCHES);
    const patchesBefore = patches();
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;

    await sweepTwice(rig);

    expect(patches() - patchesBefore).toBe(0);
    // Only the credit terms (Brightpearl's, never sent at creation) were written to Kentico.
    expect(rig.kentico.customerWrites(customerGuid)).toBe(1);
    expect(rig.kentico.getCustomer(customerGuid)!.CustomerFirstName).toBe(
      order.Customer.CustomerFirstName,
    );
  });
});
