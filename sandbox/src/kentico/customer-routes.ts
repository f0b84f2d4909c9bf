import { Router } from 'express';
import { z } from 'zod';

import { LIFECYCLE_PATHS, UpdateCustomerBody } from '@bpkc/shared-types';

import { findByGuid, readBody, sendError, sendInvalid } from './bridge-respond';
import { applyCustomerChanges } from './customer-update';
import type { SimContext } from './sim-context';

/** Not specified by the shared contract, which only names the path: `?email=`. */
const ByEmailQuery = z.object({ email: z.string().min(1) });

/** LIFECYCLE_PATHS.customer and .customerByEmail: CustomerInfo plus the extension's columns. */
export function customerRoutes(ctx: SimContext): Router {
  const router = Router();
  const { customers } = ctx.store;

  // Before '/customers/:customerGuid', which would otherwise answer 400 for 'by-email'.
  router.get(LIFECYCLE_PATHS.customerByEmail, (req, res) => {
    const query = ByEmailQuery.safeParse(req.query);
    if (!query.success) return sendInvalid(res, query.error, 'email');
    const customer = customers.findByEmail(query.data.email);
    if (!customer) return sendError(res, 404, { error: `No customer ${query.data.email}` });
    res.json(customers.record(customer.CustomerGUID));
  });

  router.get('/customers/:customerGuid', (req, res) => {
    const param = { raw: req.params.customerGuid, field: 'customerGuid', what: 'Customer' };
    const record = findByGuid(res, param, (guid) => customers.record(guid));
    if (record) res.json(record);
  });

  router.put('/customers/:customerGuid', (req, res) => {
    const param = { raw: req.params.customerGuid, field: 'customerGuid', what: 'Customer' };
    const customer = findByGuid(res, param, (guid) => customers.get(guid));
    if (!customer) return;
    const body = readBody(req, res, UpdateCustomerBody);
    if (!body) return;
    const outcome = applyCustomerChanges(ctx, customer, { changes: body.fields, source: 'bridge' });
    if (!outcome.ok) {
      const error = 'Another customer has this e-mail';
      return sendError(res, 409, { error, field: 'fields.CustomerEmail' });
    }
    res.status(204).end();
  });

  return router;
}
