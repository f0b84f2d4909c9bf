import { MappingConfig } from '@bpkc/shared-types';
import { z } from 'zod';

import type { Db } from '../store';
import { StoredMappingInvalidError } from './mapping-errors';
import {
  latestMappingVersion,
  readMappingVersion,
  seedMappingVersions,
} from './mapping-repository';

/** One version of the mapping document, parsed and frozen: safe to share between jobs. */
export interface MappingSnapshot {
  version: number;
  mapping: MappingConfig;
}

/**
 * The mapping as stored, for every instance on the store. `current()` costs one index-only
 * query (the newest version number); the document is read and parsed only when that changed.
 */
export interface MappingSource {
  current(): Promise<MappingSnapshot>;
}

/**
 * Seeds version 1 from `initial` (the mapping file) when the store has no version yet, then
 * serves the newest stored version. A version saved by any instance is seen by the next call.
 */
export async function openMappingSource(input: {
  db: Db;
  initial: MappingConfig;
}): Promise<MappingSource> {
  await seedMappingVersions(input.db, input.initial);
  return createMappingSource(input);
}

export function createMappingSource(input: { db: Db; initial: MappingConfig }): MappingSource {
  const { db } = input;
  let cached: { version: number; snapshot: Promise<MappingSnapshot> } | undefined;
  const newest = async (): Promise<number> => {
    const version = await latestMappingVersion(db);
    if (version !== undefined) return version;
    // Only a store emptied behind our back gets here: seed it again, as on a first start.
    await seedMappingVersions(db, input.initial);
    return (await latestMappingVersion(db)) ?? 1;
  };
  return {
    async current() {
      const version = await newest();
      if (!cached || cached.version !== version) {
        const snapshot = loadSnapshot(db, version);
        cached = { version, snapshot };
        // A failed read is not kept: the next call tries again.
        snapshot.catch(() => {
          if (cached?.snapshot === snapshot) cached = undefined;
        });
      }
      return cached.snapshot;
    },
  };
}

async function loadSnapshot(db: Db, version: number): Promise<MappingSnapshot> {
  const stored = await readMappingVersion(db, version);
  const parsed = MappingConfig.safeParse(stored.mapping);
  if (!parsed.success) throw new StoredMappingInvalidError(version, z.prettifyError(parsed.error));
  return Object.freeze({ version, mapping: deepFreeze(parsed.data) });
}

/** Jobs running at once share a snapshot: none may change what another one reads. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
