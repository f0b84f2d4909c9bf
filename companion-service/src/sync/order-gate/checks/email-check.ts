import { z } from 'zod';

import type { Check, Problem } from './check';

const Email = z.email();

const invalid = (email: string, field: string, whose: string): Problem => ({
  reason: `${whose} e-mail "${email}" is not a valid e-mail address`,
  field,
});

/**
 * The customer's e-mail must be there and well formed (the contact is found by it); an address
 * e-mail may be empty, and one equal to the customer's is not reported twice.
 */
export const checkEmails: Check = ({ order }) => {
  const customerEmail = order.Customer.CustomerEmail.trim();
  const problems: Problem[] = [];
  if (customerEmail === '') {
    problems.push({
      reason: 'The customer has no e-mail address',
      field: 'Customer.CustomerEmail',
    });
  } else if (!Email.safeParse(customerEmail).success) {
    problems.push(invalid(customerEmail, 'Customer.CustomerEmail', "Customer's"));
  }
  for (const address of order.Addresses) {
    const email = address.OrderAddressEmail.trim();
    if (email === '' || email.toLowerCase() === customerEmail.toLowerCase()) continue;
    if (Email.safeParse(email).success) continue;
    const type = address.OrderAddressType;
    problems.push(invalid(email, `Addresses.${type}.OrderAddressEmail`, `${type} address`));
  }
  return problems;
};
