import type { ResourceEvent } from '../events';

/**
 * Full events from the "Subscribable resource events" page and connector constants (reference
 * §10.3). `contact.*` and `order.created` are deliberately absent: practitioners found them not
 * subscribable. The simulator raises the product, sales-order, order and goods-out-note events
 * among these.
 */
const FULL_EVENTS = [
  'drop-ship-note.created',
  'drop-ship-note.destroyed',
  'drop-ship-note.modified.shipped',
  'goods-in-note.created',
  'quarantine-release.created',
  'goods-out-note.created',
  'goods-out-note.destroyed',
  'goods-out-note.modified',
  'goods-out-note.modified.printed',
  'goods-out-note.modified.picked',
  'goods-out-note.modified.packed',
  'goods-out-note.modified.shipped',
  'goods-out-note.modified.un-printed',
  'goods-out-note.modified.un-picked',
  'goods-out-note.modified.un-packed',
  'order.modified',
  'order.modified.fully-shipped',
  'order.modified.order-status',
  'sales-order.created',
  'product.created',
  'product.destroyed',
  'product.modified',
  'product.modified.on-hand-modified',
] as const;

/** A whole resource, a lifecycle, or a full event: every prefix of a known full event (§10.1). */
const SUBSCRIBABLE = new Set(
  FULL_EVENTS.flatMap((event) => {
    const parts = event.split('.');
    return parts.map((_, index) => parts.slice(0, index + 1).join('.'));
  }),
);

export const isSubscribable = (subscribeTo: string): boolean => SUBSCRIBABLE.has(subscribeTo);

/**
 * `product` hears every product event, `product.modified` every modification (with or without
 * specifier), `product.modified.on-hand-modified` only that one.
 */
export function subscriptionMatches(
  subscribeTo: string,
  event: Omit<ResourceEvent, 'ids'>,
): boolean {
  const [resourceType, lifecycleEvent, specifier] = subscribeTo.split('.');
  if (resourceType !== event.resourceType) return false;
  if (lifecycleEvent !== undefined && lifecycleEvent !== event.lifecycleEvent) return false;
  return specifier === undefined || specifier === event.specifier;
}
