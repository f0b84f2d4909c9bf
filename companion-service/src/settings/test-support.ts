import { randomUUID } from 'node:crypto';

import { FLOW_NAMES, type FlowName, type MappingConfig } from '@bpkc/shared-types';

import { saveMappingVersion } from '../mapping';
import { testMapping } from '../mapping/test-mappings';
import type { Store } from '../store';

/** Tests: the test mapping with some flows switched off and other settings laid over it. */
export function mappingWith(
  off: readonly FlowName[] = [],
  settings: Partial<NonNullable<MappingConfig['settings']>> = {},
): MappingConfig {
  const base = testMapping();
  const flows = Object.fromEntries(FLOW_NAMES.map((flow) => [flow, !off.includes(flow)]));
  return {
    ...base,
    settings: { ...base.settings, ...settings, flows: flows as MappingConfig['settings']['flows'] },
  };
}

/** Tests: stores a new version, as PUT /mappings would. */
export async function saveSettings(store: Store, mapping: MappingConfig): Promise<void> {
  await saveMappingVersion(store, { mapping, author: 'test' });
}

/** Tests: pg-boss's jobs of one queue, oldest first (queues without workers in these tests). */
export async function queuedJobs(store: Store, queue: string): Promise<unknown[]> {
  const rows = await store.query<{ data: unknown }>(
    `SELECT data FROM pgboss.job WHERE name = $1 ORDER BY created_on, id`,
    [queue],
  );
  return rows.map((row) => row.data);
}

export const guid = (): string => randomUUID();
