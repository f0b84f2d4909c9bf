import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import type { KenticoOrder } from '@bpkc/shared-types';

import { waitForWriteBack } from '../support/sandbox-helpers';
import { waitFor } from '../support/wait-for';

const SEARCHES = 'GET /contact-service/contact-search';

/**
 * New customers learn that their e-mail is new from the contact e-mail index (one updatedOn
 * search shared by the e-mails waiting together) instead of one search each: still one contact
 * per e-mail, and a contact another app makes in the meantime is found, not duplicated.
 */
describe('new customers and the contact e-mail index', () => {
  let rig: SandboxRig;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 10, seed: 67 });
  });
  afterAll(() => rig.stop());

  const contactOf = (order: KenticoOrder) =>
    rig.brightpearl.state.orders.get(order.BpcBrightpearlOrderID!)?.customer.id;

  it('makes one contact per new e-mail from a burst, with no more searches than e-mails', async () => {
    // A fresh installation: the first new customer is searched by e-mail while the first read of
    // every contact runs behind it (never on an order's path: on a large account it is hundreds
    // of calls). Both searches done, the index is built.
    const firstSearches = rig.brightpearl.requestLog.count(SEARCHES);
    const first = rig.kentico.placeOrder(rig.generator.nextOrder());
    await waitForWriteBack(rig, [first.OrderGUID]);
    await waitFor(() => rig.brightpearl.requestLog.count(SEARCHES) >= firstSearches + 2);
    const contactsBefore = rig.brightpearl.state.contacts.size;
    const knownEmails = new Set(
      [...rig.brightpearl.state.contacts.values()].map((c) =>
        c.emails['PRI']?.email?.toLowerCase(),
      ),
    );
    const searchesBefore = rig.brightpearl.requestLog.count(SEARCHES);
    // 12 new customers at once, three of them with a second order in the same burst.
    const inputs = Array.from({ length: 12 }, () => rig.generator.nextOrder());
    const customers = inputs.map((input) => input.customer);
    const repeats = customers.slice(0, 3).map((customer) => ({
      ...rig.generator.nextOrder(),
      customer,
    }));
    const placed = [...inputs, ...repeats].map((input) => rig.kentico.placeOrder(input));
    const orders = await waitForWriteBack(
      rig,
      placed.map((order) => order.OrderGUID),
    );

    const emails = new Set(orders.map((order) => order.Customer.CustomerEmail.toLowerCase()));
    const newEmails = [...emails].filter((email) => !knownEmails.has(email));
    expect(newEmails.length).toBeGreaterThan(3);
    expect(rig.brightpearl.state.contacts.size - contactsBefore).toBe(newEmails.length);
    for (const [index, repeat] of orders.slice(12).entries())
      expect(contactOf(repeat)).toBe(contactOf(orders[index]!));
    expect(rig.brightpearl.requestLog.count(SEARCHES) - searchesBefore).toBeLessThanOrEqual(
      emails.size,
    );
  });

  it('finds the contact another app made for a new e-mail after the index was read', async () => {
    // The index has been read (the burst above); Brightpearl gains a contact since.
    const input = rig.generator.nextOrder();
    const email = `made-elsewhere-${Date.now()}@example.com`;
    const contactId = rig.brightpearl.seedContact({ email, lastName: 'Elsewhere' });
    const contactsBefore = rig.brightpearl.state.contacts.size;
    const placed = rig.kentico.placeOrder({ ...input, customer: { ...input.customer, email } });
    const [order] = await waitForWriteBack(rig, [placed.OrderGUID]);

    expect(contactOf(order!)).toBe(contactId);
    expect(rig.brightpearl.state.contacts.size).toBe(contactsBefore);
  });
});
