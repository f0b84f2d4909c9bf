import type {
  BrightpearlContactId,
  ContactCreate,
  KenticoOrder,
  MappingConfig,
} from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import type { Db } from '../../store';
import { contactEmailIndexFor } from '../customers/contact-email-index';
import { rememberCustomerSync } from '../customers/customer-repository';
import {
  brightpearlIdentity,
  type GroupHashes,
  IDENTITY_GROUPS,
  identityHashes,
  type IdentityFields,
  kenticoIdentity,
} from '../customers/field-groups';
import { withLease } from '../leases';
import { sameAddress, toPostalAddress } from './address-mapper';
import type { CallMeter } from '../call-meter';
import { bindContact, boundContact, cachedContactForEmail, emailHash } from './contact-bindings';
import { contactShapeFor } from './contact-transforms';
import { orderAddresses } from './order-addresses';
import { createPostalAddresses } from './postal-addresses';

export interface ResolvedContact {
  contactId: BrightpearlContactId;
  /** returning: known locally, no Brightpearl call; new: searched for or created. */
  kind: 'new' | 'returning';
}

/** `mapping`: its contact transforms shape a created contact (the order flow passes it). */
type Deps = { db: Db; brightpearl: BrightpearlClient; meter: CallMeter; mapping?: MappingConfig };

/**
 * Binding, else e-mail cache, else search by e-mail, else create with addresses. An e-mail the
 * freshly refreshed contact e-mail index does not hold is new without a search of its own.
 */
export async function resolveContact(deps: Deps, order: KenticoOrder): Promise<ResolvedContact> {
  const customer = order.Customer;
  const bound = await boundContact(deps.db, customer.CustomerGUID);
  if (bound) return { contactId: bound, kind: 'returning' };
  const hash = emailHash(customer.CustomerEmail);
  // Two orders of one new customer must not both create a contact: serialise per e-mail.
  return withLease(deps.db, { key: `contact:${hash}`, waitMs: 30_000 }, async () => {
    const cached = await cachedContactForEmail(deps.db, hash);
    const found: Found = cached ? { contactId: cached } : await searchOrCreate(deps, order, hash);
    const { contactId } = found;
    await deps.db.transaction(async (tx) => {
      await bindContact(tx, { customerGuid: customer.CustomerGUID, emailHash: hash, contactId });
      // Remember the identity groups both sides now agree on, or the next contact sweep sees a
      // difference, writes Kentico, and Kentico's echo PATCHes the unchanged contact. Credit
      // terms are not compared here: the sweep carries Brightpearl's to Kentico.
      const hashes = agreedGroups(kenticoIdentity(customer), found.identity);
      if (Object.keys(hashes).length > 0) {
        await rememberCustomerSync(tx, { customerGuid: customer.CustomerGUID, contactId, hashes });
      }
    });
    return { contactId, kind: cached ? 'returning' : 'new' };
  });
}

/**
 * The contact, and the identity it holds when we know it: all we sent for a created contact, the
 * search row's for a found one (nothing for one from the e-mail cache: not read here).
 */
interface Found {
  contactId: BrightpearlContactId;
  identity?: IdentityFields;
}

async function searchOrCreate(deps: Deps, order: KenticoOrder, hash: string): Promise<Found> {
  // Asked under this e-mail's lease, by a refresh that started after it was taken: as fresh as
  // a search of our own. 'present' or 'unknown': search, as the index holds no search rows.
  const index = await contactEmailIndexFor(deps).lookup(hash, deps.meter.call);
  const matches =
    index === 'absent'
      ? []
      : await deps.brightpearl.searchContactsByEmail(order.Customer.CustomerEmail, deps.meter.call);
  // Brightpearl allows duplicate e-mails; pick deterministically and never a staff or supplier.
  const customers = matches.filter((contact) => !contact.isStaff && !contact.isSupplier);
  const oldest = customers.sort((a, b) => a.contactId - b.contactId)[0];
  if (oldest) {
    const identity = brightpearlIdentity({ ...oldest, email: oldest.primaryEmail });
    return { contactId: oldest.contactId as BrightpearlContactId, identity };
  }
  const contactId = await createContact(deps, order);
  return { contactId, identity: kenticoIdentity(order.Customer) };
}

/** The identity groups on which Kentico's customer and the contact hold the same values. */
function agreedGroups(kentico: IdentityFields, contact: IdentityFields | undefined): GroupHashes {
  if (!contact) return {};
  const ours = identityHashes(kentico);
  const theirs = identityHashes(contact);
  return Object.fromEntries(
    IDENTITY_GROUPS.filter((group) => ours[group] === theirs[group]).map((group) => [
      group,
      ours[group],
    ]),
  );
}

async function createContact(deps: Deps, order: KenticoOrder): Promise<BrightpearlContactId> {
  // Before any call: a failing transform must not leave addresses behind.
  const shape = await contactShapeFor(order, deps.mapping);
  const { billing, shipping } = orderAddresses(order);
  const addresses = sameAddress(billing, shipping)
    ? [toPostalAddress(billing)]
    : [toPostalAddress(billing), toPostalAddress(shipping)];
  const [billingId, shippingId = billingId] = await createPostalAddresses(deps, addresses);
  const body = shape(contactBody(order, { billing: billingId!, shipping: shippingId! }));
  return deps.brightpearl.createContact(body, deps.meter.call);
}

export function contactBody(
  order: KenticoOrder,
  ids: { billing: number; shipping: number },
): ContactCreate {
  const customer = order.Customer;
  const company = order.Addresses.find((a) => a.OrderAddressCompany)?.OrderAddressCompany;
  // Names as a contact can hold them (capped, last name required): the same values the
  // identity hash remembered above is computed from.
  const identity = kenticoIdentity(customer);
  return {
    firstName: identity.firstName || undefined,
    lastName: identity.lastName,
    postAddressIds: { DEF: ids.billing, BIL: ids.billing, DEL: ids.shipping },
    communication: {
      emails: { PRI: { email: customer.CustomerEmail } },
      ...(customer.CustomerPhone ? { telephones: { PRI: customer.CustomerPhone } } : {}),
    },
    relationshipToAccount: { isCustomer: true, isSupplier: false, isStaff: false },
    ...(company ? { organisation: { name: company } } : {}),
  };
}
