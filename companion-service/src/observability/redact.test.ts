import { REDACTED, redact } from './redact';

describe('redact', () => {
  it('masks secrets and personal data at any depth, keeps ids', () => {
    const value = {
      orderGuid: 'g-1',
      headers: { authorization: 'Bearer abc', 'brightpearl-account-token': 't' },
      customer: { CustomerEmail: 'a@b.c', CustomerFirstName: 'Ann', CustomerID: 7 },
      addresses: [
        { OrderAddressLine1: '1 Road', OrderAddressZip: 'AB1', OrderAddressCountryID: 1 },
      ],
    };
    expect(redact(value)).toEqual({
      orderGuid: 'g-1',
      headers: { authorization: REDACTED, 'brightpearl-account-token': REDACTED },
      customer: { CustomerEmail: REDACTED, CustomerFirstName: REDACTED, CustomerID: 7 },
      addresses: [
        { OrderAddressLine1: REDACTED, OrderAddressZip: REDACTED, OrderAddressCountryID: 1 },
      ],
    });
  });
});
