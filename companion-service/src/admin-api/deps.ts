import type { MappingConfig, Overview, SyncStatus } from '@bpkc/shared-types';

import type { Logger } from '../observability/logger';
import type { JobQueue } from '../queue';
import type { Db } from '../store';

export interface AdminApiDeps {
  db: Db;
  queue: JobQueue;
  status: () => Promise<SyncStatus>;
  /** The mapping running now; stored as version 1 on the first mapping read. */
  mapping: MappingConfig;
  /** Called after a new mapping version is stored, to run it from now on. */
  applyMapping: (mapping: MappingConfig) => void;
  /** HMAC key shared with the Kentico admin, which mints the admin tokens (>= 32 characters). */
  adminTokenSecret: string;
  /** The Kentico admin's origin (scheme://host[:port]), the only one CORS lets in. */
  adminOrigin: string;
  logger: Logger;
  /** Optional real probes; without them health is derived from recent work (no budget spent). */
  connections?: () => Promise<Overview['connections']>;
}
