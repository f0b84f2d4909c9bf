import { z } from 'zod';

import { MappingConfig } from '../mapping/mapping';
import { Timestamp } from './common';

/** One stored mapping; versions only grow and are never edited. */
export const MappingVersion = z.object({
  version: z.number().int().positive(),
  mapping: MappingConfig,
  /** The user's id (the admin token's `sub`). */
  author: z.string(),
  /** The user's full name when the token carried one; null for older versions. */
  authorName: z.string().nullable(),
  createdAt: Timestamp,
  comment: z.string().nullable(),
});
export type MappingVersion = z.infer<typeof MappingVersion>;

export const MappingVersionSummary = MappingVersion.omit({ mapping: true });
export type MappingVersionSummary = z.infer<typeof MappingVersionSummary>;
export const MappingVersionList = z.array(MappingVersionSummary);
export type MappingVersionList = z.infer<typeof MappingVersionList>;

export const MappingVersionParams = z.object({ version: z.coerce.number().int().positive() });
export type MappingVersionParams = z.infer<typeof MappingVersionParams>;

/**
 * PUT /mappings. `baseVersion` (optional) is the version the editor started from: if someone
 * saved in between, the change is refused (409) instead of silently overwriting theirs.
 */
export const PutMappingRequest = z.object({
  mapping: MappingConfig,
  comment: z.string().max(1000).optional(),
  baseVersion: z.number().int().positive().optional(),
});
export type PutMappingRequest = z.infer<typeof PutMappingRequest>;
