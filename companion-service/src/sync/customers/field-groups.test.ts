import { MappingConfig } from '@bpkc/shared-types';

import { DOCUMENTED_CONTACT_PATHS } from '../../brightpearl/contact-record';
import { testMapping } from '../../mapping/test-mappings';
import { kenticoCustomer } from './customer-test-support';
import {
  brightpearlIdentity,
  IDENTITY_GROUPS,
  identityHashes,
  identityPatch,
  kenticoIdentity,
} from './field-groups';

const identity = kenticoIdentity(kenticoCustomer());

test.each(IDENTITY_GROUPS)('the %s group is sent on documented contact paths only', (group) => {
  const operations = identityPatch(group, identity);
  expect(operations.length).toBeGreaterThan(0);
  for (const { op, path } of operations) expect(DOCUMENTED_CONTACT_PATHS[path]).toContain(op);
});

test('groups hash independently: a new phone changes only the phone group', () => {
  const before = identityHashes(identity);
  const after = identityHashes({ ...identity, phone: '0999' });
  expect(after).toEqual({ ...before, phone: after.phone });
  expect(after.phone).not.toBe(before.phone);
});

test('a contact holding what Kentico holds hashes alike (case of the e-mail, 32-character names)', () => {
  const long = 'A'.repeat(40);
  const kentico = kenticoIdentity(
    kenticoCustomer({ CustomerFirstName: long, CustomerEmail: 'Ann@Example.com ' }),
  );
  const contact = brightpearlIdentity({
    firstName: long.slice(0, 32),
    lastName: 'Lee',
    email: 'ann@example.com',
    phone: '0123',
  });
  expect(identityHashes(contact)).toEqual(identityHashes(kentico));
});

test('credit terms cannot be given to Kentico: Brightpearl documents no way to set them', () => {
  const mapping = testMapping();
  const draft = { ...mapping, customers: { identity: 'kentico', credit: 'kentico' } };
  const parsed = MappingConfig.safeParse(draft);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]).toMatchObject({ path: ['customers', 'credit'] });
  expect(parsed.error?.issues[0]?.message).toMatch(/only be owned by Brightpearl/);
  expect(MappingConfig.parse({ ...mapping, customers: {} }).customers.credit).toBe('brightpearl');
});
