import type { CheckContext } from './check';
import { checkEmails } from './email-check';
import { address, testOrder } from './test-order';

const run = (customerEmail: string, addressEmails: string[] = []) => {
  const order = testOrder({
    Addresses: addressEmails.map((email, index) =>
      address(index === 0 ? 'Billing' : 'Shipping', { OrderAddressEmail: email }),
    ),
  });
  order.Customer.CustomerEmail = customerEmail;
  return checkEmails({ order } as CheckContext);
};

describe('e-mail check', () => {
  it.each(['ann@example.com', 'ann.lee+shop@mail.example.co.uk', ' Ann@Example.com '])(
    'accepts %s',
    (email) => {
      expect(run(email, [email, ''])).toEqual([]);
    },
  );

  it.each(['ann@', 'ann example.com', 'ann@@example.com', 'ann@example', '@example.com'])(
    'rejects the customer e-mail %s, naming it',
    (email) => {
      expect(run(email)).toEqual([
        {
          reason: `Customer's e-mail "${email}" is not a valid e-mail address`,
          field: 'Customer.CustomerEmail',
        },
      ]);
    },
  );

  it('requires a customer e-mail', () => {
    expect(run('  ')).toEqual([
      { reason: 'The customer has no e-mail address', field: 'Customer.CustomerEmail' },
    ]);
  });

  it('checks address e-mails that differ from the customer one, once each', () => {
    expect(run('bad@', ['bad@', 'ship@nowhere'])).toEqual([
      {
        reason: `Customer's e-mail "bad@" is not a valid e-mail address`,
        field: 'Customer.CustomerEmail',
      },
      {
        reason: 'Shipping address e-mail "ship@nowhere" is not a valid e-mail address',
        field: 'Addresses.Shipping.OrderAddressEmail',
      },
    ]);
  });
});
