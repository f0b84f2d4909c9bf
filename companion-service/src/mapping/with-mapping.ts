import type { MappingConfig } from '@bpkc/shared-types';

import type { Job, JobHandler } from '../queue';
import type { MappingSource } from './mapping-source';

/** What a flow reads for one job: the mapping snapshot and the version it came from. */
export interface MappingSnapshotDeps {
  mapping: MappingConfig;
  /** Recorded on each record the job syncs, so a result can be traced to its mapping. */
  mappingVersion: number;
}

export interface MappingSourceDeps {
  mappings: MappingSource;
}

/** A flow's deps as the composition root holds them: the source instead of a snapshot. */
export type WithMappingSource<D> = Omit<D, keyof MappingSnapshotDeps> & MappingSourceDeps;

/** The deps with the newest stored mapping resolved: one snapshot for a whole unit of work. */
export async function withCurrentMapping<D extends MappingSourceDeps>(
  deps: D,
): Promise<D & MappingSnapshotDeps> {
  const { version, mapping } = await deps.mappings.current();
  return { ...deps, mapping, mappingVersion: version };
}

/**
 * A job handler that resolves the mapping once, when the job starts, and runs the whole job on
 * that snapshot: a version saved meanwhile (by any instance) applies from the next job on.
 */
export function withMapping<D extends MappingSourceDeps, T = unknown>(
  deps: D,
  handler: (jobDeps: D & MappingSnapshotDeps, job: Job<T>) => Promise<unknown>,
): JobHandler<T> {
  return async (job) => {
    await handler(await withCurrentMapping(deps), job);
  };
}
