import { SANDBOX_MAPPING, type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { placeSyncedOrder, waitForQueue } from '../support/lifecycle-helpers';
import { waitFor } from '../support/wait-for';

describe('customers ↔ contacts', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 51 });
  });
  afterAll(() => rig.stop());

  it("costs no PATCH after creating a new customer's contact: the sweep and Kentico's echo find nothing to send", async () => {
    const patches = () => rig.brightpearl.requestLog.count('PATCH /contact-service/contact/:id');
    const patchesBefore = patches();
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id;
    expect(rig.brightpearl.state.contacts.get(contactId)).toBeDefined();

    // The sweep sees the new contact (changed just now); any Kentico write it makes is echoed
    // back as customer.updated, which the customers queue handles before we count.
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');

    expect(patches() - patchesBefore).toBe(0);
    const customer = rig.kentico.getCustomer(customerGuid)!;
    expect(customer.CustomerFirstName).toBe(order.Customer.CustomerFirstName);
    // Credit terms are Brightpearl's here: the sweep did write them, so an echo was delivered.
    expect(rig.kentico.customerWrites(customerGuid)).toBe(1);
    expect(customer.BpcCreditLimit).toBe(0);
  });

  it('ends consistent per the masters when edited on both sides within a second, one write each way', async () => {
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id;
    // Settle the binding's first comparison (both sides start from the order's data).
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
    const patches = () => rig.brightpearl.requestLog.count('PATCH /contact-service/contact/:id');
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
});

describe('a new contact with the masters the other way round', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 10,
      seed: 52,
      mapping: { ...SANDBOX_MAPPING, customers: { identity: 'brightpearl', credit: 'kentico' } },
    });
  });
  afterAll(() => rig.stop());

  it('costs no PATCH and no Kentico write: the sweep finds the identity it sent', async () => {
    const patches = () => rig.brightpearl.requestLog.count('PATCH /contact-service/contact/:id');
    const kenticoPuts = () => rig.kentico.requestLog.count('PUT /customers/:customerGuid');
    const patchesBefore = patches();
    const putsBefore = kenticoPuts();
    const order = await placeSyncedOrder(rig);

    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');

    expect(patches() - patchesBefore).toBe(0);
    expect(kenticoPuts() - putsBefore).toBe(0);
    expect(rig.kentico.customerWrites(order.Customer.CustomerGUID)).toBe(0);
  });
});
