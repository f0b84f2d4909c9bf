import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { deadLetters, placeSyncedOrder, waitForQueue } from '../support/lifecycle-helpers';
import { waitFor } from '../support/wait-for';

describe('a customer change Brightpearl refuses for good', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 71 });
  });
  afterAll(() => rig.stop());

  it('is a dead letter at once, after one PATCH, instead of a dozen retries', async () => {
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id;
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
    const patches = () => rig.brightpearl.requestLog.count('PATCH /contact-service/contact/:id');
    const patchesBefore = patches();

    // Someone deleted the contact in Brightpearl: every PATCH of it is a 404, for good.
    rig.brightpearl.state.contacts.delete(contactId);
    rig.kentico.updateCustomer(customerGuid, { CustomerFirstName: 'Renamed' });

    const letter = await waitFor(async () =>
      (await deadLetters(rig)).find((row) => row.record_key === customerGuid),
    );
    expect(letter).toMatchObject({ flow: 'customer', reason: 'refused' });
    await waitForQueue(rig, 'customers');
    expect(patches() - patchesBefore).toBe(1);
    expect((await deadLetters(rig)).filter((row) => row.record_key === customerGuid)).toHaveLength(
      1,
    );
  });
});

// A rig of its own: the test above deletes a contact that a returning customer's order needs.
describe('credit terms edited in Kentico', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 72 });
  });
  afterAll(() => rig.stop());

  it('never sends credit terms, which Brightpearl documents no PATCH path for: no call, no dead letter', async () => {
    const order = await placeSyncedOrder(rig);
    const customerGuid = order.Customer.CustomerGUID;
    const contactId = rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)!.customer.id;
    await rig.companion.runLifecycleSweep();
    await waitForQueue(rig, 'customers');
    const patches = () => rig.brightpearl.requestLog.count('PATCH /contact-service/contact/:id');
    const patchesBefore = patches();

    rig.kentico.updateCustomer(customerGuid, { BpcCreditLimit: 999, BpcCreditTermDays: 60 });
    await waitForQueue(rig, 'customers');
    rig.kentico.updateCustomer(customerGuid, { CustomerLastName: 'Moved' });
    await waitForQueue(rig, 'customers');

    // Only the rename was sent, on its own; the contact keeps Brightpearl's credit terms.
    expect(patches() - patchesBefore).toBe(1);
    expect(rig.brightpearl.state.contacts.get(contactId)).toMatchObject({
      lastName: 'Moved',
      creditLimit: 0,
      creditTermDays: 0,
    });
    expect((await deadLetters(rig)).filter((row) => row.record_key === customerGuid)).toEqual([]);
  });
});
