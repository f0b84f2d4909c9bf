import { type ContactCreate, MappingConfig } from '@bpkc/shared-types';

import { testMapping } from '../../mapping/test-mappings';
import { SAMPLE_ORDER } from '../../shaping';
import { contactShapeFor } from './contact-transforms';
import { PermanentSyncError } from './mapping-failure';

const body: ContactCreate = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  postAddressIds: { DEF: 1, BIL: 1, DEL: 1 },
  communication: { emails: { PRI: { email: 'ada@example.com' } } },
};
const mappingWith = (contact: Record<string, string>) =>
  MappingConfig.parse({ ...testMapping(), transforms: { contact } });

describe('contact transforms', () => {
  it('leave the body untouched without transforms', async () => {
    const shape = await contactShapeFor(SAMPLE_ORDER, testMapping());
    expect(shape(body)).toBe(body);
  });

  it('set names, company and telephone from the customer and billing address', async () => {
    const shape = await contactShapeFor(
      SAMPLE_ORDER,
      mappingWith({
        firstName: '$uppercase(customer.CustomerFirstName)',
        lastName: 'customer.CustomerLastName & " (web)"',
        companyName: 'billingAddress.OrderAddressCompany',
        telephone: '"+44 " & $substring(billingAddress.OrderAddressPhone, 4)',
      }),
    );
    expect(shape(body)).toEqual({
      ...body,
      firstName: 'ADA',
      lastName: 'Lovelace (web)',
      organisation: { name: 'Analytical Engines Ltd' },
      communication: {
        emails: { PRI: { email: 'ada@example.com' } },
        telephones: { PRI: '+44 20 7946 0000' },
      },
    });
  });

  it('fail before any call, naming the transform, when one fails', async () => {
    const failure = await contactShapeFor(
      SAMPLE_ORDER,
      mappingWith({ firstName: '$number(customer.CustomerFirstName)' }),
    ).catch((error) => error);
    expect(failure).toBeInstanceOf(PermanentSyncError);
    expect(failure).toMatchObject({
      reason: 'transform-failed',
      details: { field: 'transforms.contact.firstName' },
    });
    expect(failure.message).toMatch(
      /^the First name transform \(firstName\) failed: Line 1, position \d+: "Ada" cannot be turned into a number$/,
    );
  });
});
