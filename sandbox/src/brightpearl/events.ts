/**
 * A change the simulated account raises (reference §10.3): `product.modified.on-hand-modified`
 * is resourceType `product`, lifecycleEvent `modified`, specifier `on-hand-modified`. Handlers
 * raise events; the webhook engine decides who hears about them.
 */
export interface ResourceEvent {
  /** Lowercase, hyphenated: `product`, `sales-order`, `goods-out-note` (reference §10.3). */
  resourceType: string;
  lifecycleEvent: 'created' | 'modified' | 'destroyed';
  specifier?: string;
  ids: number[];
}

export type EmitEvent = (event: ResourceEvent) => void;

/** `product.modified.on-hand-modified`: the `${full-event}` template value. */
export function fullEventName(event: Omit<ResourceEvent, 'ids'>): string {
  const parts = [event.resourceType, event.lifecycleEvent];
  if (event.specifier !== undefined && event.specifier !== '') parts.push(event.specifier);
  return parts.join('.');
}
