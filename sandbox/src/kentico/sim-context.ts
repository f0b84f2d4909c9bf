import type { z } from 'zod';

import type { KenticoEventType, SyncOrigin as SyncOriginSchema } from '@bpkc/shared-types';

import type { EmitOptions } from './simulator-types';
import type { KenticoStore } from './store';

/** 'kentico' | 'brightpearl'; the shared contract exports only the schema. */
export type SyncOrigin = z.infer<typeof SyncOriginSchema>;

export type Emit = (type: KenticoEventType, objectGuid: string, options?: EmitOptions) => unknown;

/**
 * What the simulator's methods and the bridge routes share: the tables, the record clock and the
 * outbox. One object, so a write through the bridge and one made "in Kentico" follow the same
 * rules (same timestamps, same events).
 */
export interface SimContext {
  store: KenticoStore;
  /** Strictly increasing record timestamps (see clock.ts). */
  now: () => string;
  emit: Emit;
}
