import type { KenticoLookups, LookupSource, Lookups } from '@bpkc/shared-types';

import type { Logger } from '../observability/logger';
import { type CachedRead, createCachedSource } from './cached-source';
import {
  type BrightpearlLookupClient,
  kenticoLookupOptions,
  readBrightpearlLookups,
} from './lookup-options';

/** Lists change rarely; ten minutes keeps the screens free of Brightpearl budget. */
export const LOOKUP_TTL_MS = 10 * 60_000;
const FAILURE_TTL_MS = 30_000;

export interface LookupReadOptions {
  /** Per side, the oldest cached read accepted (0: read it again now). Default: the TTL. */
  maxAgeMs?: Partial<Record<LookupSource, number>>;
}

export interface LookupService {
  read(options?: LookupReadOptions): Promise<Lookups>;
  /**
   * The lists as last read, never reading them (a side never read or failed: null). For names
   * that are a nicety (a diff's labels), so they cost no Brightpearl budget.
   */
  cached?(): Pick<Lookups, 'kentico' | 'brightpearl'>;
}

export interface LookupServiceDeps {
  brightpearl: BrightpearlLookupClient;
  kentico: { getLookups(): Promise<KenticoLookups> };
  logger: Logger;
  ttlMs?: number;
  now?: () => number;
}

/** Both platforms' lists for the mapping screens, each side cached and failing on its own. */
export function createLookupService(deps: LookupServiceDeps): LookupService {
  const now = deps.now ?? Date.now;
  const cache = (source: LookupSource) => ({
    ttlMs: deps.ttlMs ?? LOOKUP_TTL_MS,
    failureTtlMs: FAILURE_TTL_MS,
    now,
    onFailure: (message: string) => deps.logger.warn('Lookups unavailable', { source, message }),
  });
  const sources = {
    kentico: createCachedSource({
      ...cache('kentico'),
      load: async () => kenticoLookupOptions(await deps.kentico.getLookups()),
    }),
    brightpearl: createCachedSource({
      ...cache('brightpearl'),
      load: () => readBrightpearlLookups(deps.brightpearl),
    }),
  };
  return {
    async read(options = {}) {
      const [kentico, brightpearl] = await Promise.all([
        sources.kentico.read(options.maxAgeMs?.kentico),
        sources.brightpearl.read(options.maxAgeMs?.brightpearl),
      ]);
      const errors = [failure('kentico', kentico), failure('brightpearl', brightpearl)].filter(
        (error) => error !== null,
      );
      return {
        kentico: kentico.ok ? kentico.value : null,
        brightpearl: brightpearl.ok ? brightpearl.value : null,
        fetchedAt: new Date(Math.min(kentico.fetchedAt, brightpearl.fetchedAt)).toISOString(),
        errors,
      };
    },
    cached() {
      const valueOf = <T>(read: CachedRead<T> | undefined) => (read?.ok ? read.value : null);
      return {
        kentico: valueOf(sources.kentico.peek()),
        brightpearl: valueOf(sources.brightpearl.peek()),
      };
    },
  };
}

function failure(
  source: LookupSource,
  read: CachedRead<unknown>,
): { source: LookupSource; message: string } | null {
  return read.ok ? null : { source, message: read.message };
}
