import { Router } from 'express';

import { type KenticoLookups, LOOKUP_PATHS } from '@bpkc/shared-types';

import type { ReferenceData } from './reference-data';

/**
 * LOOKUP_PATHS: the lists the mapping screens offer, read from the same registries orders use,
 * so a method added on the fly (an order naming a new one) shows up too. Sorted like the
 * extension sorts them: statuses by OrderStatusOrder, methods by display name.
 */
export function lookupRoutes(reference: ReferenceData): Router {
  const router = Router();
  router.get(LOOKUP_PATHS.lookups, (_req, res) => {
    res.json(kenticoLookups(reference));
  });
  return router;
}

export function kenticoLookups(reference: ReferenceData): KenticoLookups {
  const byDisplayName = (a: { displayName: string }, b: { displayName: string }) =>
    a.displayName.localeCompare(b.displayName);
  return {
    orderStatuses: reference.orderStatuses
      .all()
      .sort((a, b) => a.OrderStatusOrder - b.OrderStatusOrder)
      .map((status) => ({
        name: status.OrderStatusName,
        displayName: status.OrderStatusDisplayName,
        enabled: true,
      })),
    shippingMethods: reference.shippingMethods
      .all()
      .map((method) => ({
        name: method.ShippingMethodName,
        displayName: method.ShippingMethodDisplayName,
        enabled: method.ShippingMethodEnabled,
      }))
      .sort(byDisplayName),
    paymentMethods: reference.paymentMethods
      .all()
      .map((method) => ({
        name: method.PaymentMethodName,
        displayName: method.PaymentMethodDisplayName,
        enabled: method.PaymentMethodEnabled,
      }))
      .sort(byDisplayName),
  };
}
