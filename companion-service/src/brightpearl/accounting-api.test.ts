import type { CustomerPaymentInput, JournalEntryInput } from './accounting-types';
import { BrightpearlValidationError } from './errors';
import { useLifecycleStub } from './test-support/lifecycle-stub';

const bp = useLifecycleStub();

const payment = (ref: string, more: Partial<CustomerPaymentInput> = {}): CustomerPaymentInput => ({
  transactionRef: ref,
  paymentMethodCode: 'CARD',
  paymentType: 'RECEIPT',
  orderId: 1,
  currencyIsoCode: 'USD',
  amountPaid: 10,
  paymentDate: '2026-04-17T10:00:00-06:00',
  ...more,
});

test('posts a payment (amounts rounded) and finds it by its exact transactionRef', async () => {
  const { client } = bp;
  const id = await client.createCustomerPayment(payment('KC-PAY-1', { amountPaid: 0.1 + 0.2 }));
  await client.createCustomerPayment(payment('KC-PAY-10'));
  expect(bp.stub.requests[0]?.body).toEqual({ ...payment('KC-PAY-1'), amountPaid: 0.3 });
  // The stub matches "contains", as a SEARCH_STRING column may: KC-PAY-10 comes back too.
  await expect(client.findPaymentIdsByTransactionRef('KC-PAY-1')).resolves.toEqual([id]);
  await expect(client.findPaymentIdsByTransactionRef('KC-PAY-404')).resolves.toEqual([]);
  expect(bp.stub.requests.at(-1)?.query).toEqual({
    transactionRef: 'KC-PAY-404',
    pageSize: '500',
    firstResult: '1',
  });
});

test('refuses invalid payments and refs without spending budget', async () => {
  const invalid = [
    payment('KC-PAY-2', { amountPaid: undefined }),
    payment('KC-PAY-2', { paymentType: 'AUTH', amountPaid: undefined }),
    payment('KC-PAY-2', { currencyIsoCode: 'usd' }),
    payment('KC-PAY-2', { paymentDate: '2026-04-17T10:00:00' }),
    payment('x'.repeat(65)),
  ];
  for (const body of invalid) {
    await expect(bp.client.createCustomerPayment(body)).rejects.toBeInstanceOf(
      BrightpearlValidationError,
    );
    expect(() => bp.client.customerPaymentMessage(body)).toThrow(BrightpearlValidationError);
  }
  await expect(bp.client.findPaymentIdsByTransactionRef(' ')).rejects.toBeInstanceOf(
    BrightpearlValidationError,
  );
  expect(bp.stub.requests).toHaveLength(0);
});

test('batches payments through multi-message with the single POST body', async () => {
  const { client } = bp;
  const first = payment('KC-PAY-3', { exchangeRate: 1.23456789 });
  const messages = [first, payment('KC-PAY-4'), first].map((p, i) => ({
    ...client.customerPaymentMessage(p),
    label: `p${i}`,
  }));
  expect(client.customerPaymentMessage(first)).toMatchObject({
    label: 'CARD:KC-PAY-3',
    uri: '/accounting-service/customer-payment',
    httpMethod: 'POST',
  });
  const results = await client.multiMessage(messages, { onFail: 'CONTINUE' });
  expect(results).toEqual([
    { label: 'p0', statusCode: 200, response: 935253, processed: true },
    { label: 'p1', statusCode: 200, response: 935254, processed: true },
    {
      label: 'p2',
      statusCode: 400,
      errors: [{ code: 'ACCB-999', message: 'made-up: duplicate' }],
      processed: true,
    },
  ]);
  // The same payment as a plain POST carries exactly the body the batch carried.
  await client.createCustomerPayment(payment('KC-PAY-5', { exchangeRate: 1.23456789 }));
  const single = bp.state.payments.at(-1)?.body;
  expect(single).toEqual({ ...bp.state.payments[0]?.body, transactionRef: 'KC-PAY-5' });
  expect(single).toMatchObject({ exchangeRate: 1.234568 });
});

const ENTRY: JournalEntryInput = {
  journalType: 'JJ',
  journalDate: '2026-04-17',
  description: 'Refund rounding',
  lines: [
    { nominalCode: '4000', debit: 0.1 },
    { nominalCode: '4000', debit: 0.2 },
    { nominalCode: '1200', credit: 0.3, description: 'bank' },
  ],
};

test('posts a balanced journal entry', async () => {
  await expect(bp.client.createJournalEntry(ENTRY)).resolves.toBe(901);
  expect(bp.stub.requests[0]?.body).toEqual(ENTRY);
});

test('refuses unbalanced, one-sided or misdated journal entries, unsent', async () => {
  const [debit, , credit] = ENTRY.lines;
  const invalid: JournalEntryInput[] = [
    { ...ENTRY, lines: [debit!, credit!] },
    { ...ENTRY, lines: [{ nominalCode: '4000', debit: 1, credit: 1 }, credit!] },
    { ...ENTRY, journalDate: '2026-04-17T00:00:00Z' },
    { ...ENTRY, journalType: '' },
  ];
  for (const entry of invalid) {
    await expect(bp.client.createJournalEntry(entry)).rejects.toBeInstanceOf(
      BrightpearlValidationError,
    );
  }
  expect(bp.stub.requests).toHaveLength(0);
});
