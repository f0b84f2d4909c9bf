import type { Router } from 'express';

import type { LifecycleState } from './lifecycle-state';
import { searchPage } from './search-body';

const PAYMENT_COLUMNS = ['orderId', 'transactionRef', 'paymentId', 'paymentMethodCode'];
const PAYMENT_URI = '/accounting-service/customer-payment';

type Row = Record<string, unknown>;
interface Answer {
  status: number;
  body: unknown;
}

/** transactionRef + paymentMethodCode must be unique (reference §9.1); the error code is made up. */
function recordPayment(state: LifecycleState, body: Row): Answer {
  const taken = state.payments.some(
    (payment) =>
      payment.body.transactionRef === body.transactionRef &&
      payment.body.paymentMethodCode === body.paymentMethodCode,
  );
  if (taken) {
    return { status: 400, body: { errors: [{ code: 'ACCB-999', message: 'made-up: duplicate' }] } };
  }
  const paymentId = state.nextPaymentId++;
  state.payments.push({ paymentId, body });
  return { status: 200, body: { response: paymentId } };
}

interface Message {
  label: string;
  uri: string;
  httpMethod: string;
  body: Row;
}

/** Runs the messages in order like SEQUENTIAL; only customer-payment POSTs are known here. */
function runMessages(state: LifecycleState, request: { onFail: string; messages: Message[] }) {
  const processedMessages: Array<{ label: string; statusCode: number; body: { content: string } }> =
    [];
  const unprocessedMessages: string[] = [];
  for (const message of request.messages) {
    const stopped = processedMessages.some((done) => done.statusCode >= 400);
    if (stopped && request.onFail === 'STOP') {
      unprocessedMessages.push(message.label);
      continue;
    }
    const known = message.uri === PAYMENT_URI && message.httpMethod === 'POST';
    const answer = known
      ? recordPayment(state, message.body)
      : { status: 404, body: { errors: [{ code: 'CMNC-404', message: 'Not found' }] } };
    const content = JSON.stringify(answer.body);
    processedMessages.push({ label: message.label, statusCode: answer.status, body: { content } });
  }
  return { processedMessages, unprocessedMessages };
}

/** Customer payments, their search, multi-message and journal entries (reference §3.5, §9). */
export function ledgerRoutes(router: Router, state: LifecycleState): void {
  router.post(PAYMENT_URI, (req, res) => {
    const answer = recordPayment(state, req.body as Row);
    res.status(answer.status).json(answer.body);
  });
  router.get('/accounting-service/customer-payment-search', (req, res) => {
    // Matched loosely (contains), so the client must compare exactly.
    const ref = String(req.query.transactionRef ?? '');
    const rows = state.payments
      .filter((payment) => String(payment.body.transactionRef).includes(ref))
      .map(({ paymentId, body }) => ({ paymentId, ...body }));
    const { maxPageSize } = state;
    res.json(searchPage({ columns: PAYMENT_COLUMNS, rows, query: req.query, maxPageSize }));
  });
  router.post('/multi-message', (req, res) => {
    const response = runMessages(state, req.body as { onFail: string; messages: Message[] });
    const failed = response.processedMessages.some((message) => message.statusCode >= 400);
    res.status(failed || response.unprocessedMessages.length > 0 ? 207 : 200).json({ response });
  });
  router.post('/accounting-service/journal-entry', (req, res) => {
    state.journals.push(req.body);
    res.json({ response: 900 + state.journals.length });
  });
}
