import type { JobName, JobsProgress, MappingConfig, RunJobResult } from '@bpkc/shared-types';

import { writeAudit } from '../../audit/audit-log';
import type { BrightpearlClient } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { type MappingSource, withCurrentMapping } from '../../mapping';
import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { flowEnabled } from '../../settings';
import type { Db } from '../../store';
import { readCatalogImport, startCatalogImport } from '../catalog/catalog-import';
import { startStockFullCompare } from '../stock/compare-now';
import { latestFullCompare } from '../stock/stock-reports';
import { JobBlockedError, JobRunningError } from './job-errors';
import { type RecordedRun, withEstimates } from './job-estimates';

/** The Jobs screen's view of the long jobs, and its Run now. */
export interface JobsService {
  progress(): Promise<JobsProgress>;
  /** Throws JobRunningError while a run goes on, JobBlockedError when the job would do nothing. */
  run(job: JobName, actor: string): Promise<RunJobResult>;
}

export interface JobsDeps {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mappings: MappingSource;
  logger: Logger;
}

export function createJobsService(deps: JobsDeps): JobsService {
  return {
    async progress() {
      const { mapping } = await deps.mappings.current();
      const now = new Date();
      return {
        jobs: [
          withEstimates('catalog-import', await catalogRun(deps.db), {
            now,
            blockedBecause: catalogBlocked(mapping),
          }),
          withEstimates('stock-compare', await compareRun(deps.db), {
            now,
            blockedBecause: stockBlocked(mapping),
          }),
        ],
      };
    },
    async run(job, actor) {
      const mapped = await withCurrentMapping(deps);
      const blocked =
        job === 'catalog-import' ? catalogBlocked(mapped.mapping) : stockBlocked(mapped.mapping);
      if (blocked) throw new JobBlockedError(blocked);
      const audit = (db: Db) => writeAudit(db, { actor, action: 'job.run', target: `job:${job}` });
      const started =
        job === 'catalog-import'
          ? await startCatalogImport({ ...deps, onStarted: audit })
          : await startStockFullCompare({ ...mapped, onStarted: () => audit(deps.db) });
      if (!started) throw new JobRunningError(`a ${JOB_WORDS[job]} is running already`);
      return { job, started: true };
    },
  };
}

const JOB_WORDS: Record<JobName, string> = {
  'catalog-import': 'product import',
  'stock-compare': 'stock check',
};

function catalogBlocked(mapping: MappingConfig): string | null {
  if (mapping.catalog.products !== 'brightpearl')
    return 'The mapping does not take products from Brightpearl, so there is nothing to import.';
  if (!flowEnabled(mapping, 'catalog')) return 'Product sync is switched off in Settings.';
  return null;
}

function stockBlocked(mapping: MappingConfig): string | null {
  if (mapping.catalog.stock === 'none') return 'The mapping does not sync stock levels.';
  if (!flowEnabled(mapping, 'stock')) return 'Stock sync is switched off in Settings.';
  return null;
}

async function catalogRun(db: Db): Promise<RecordedRun | null> {
  const state = await readCatalogImport(db);
  if (!state) return null;
  const running = state.status === 'running';
  // Running: the search results gone through so far (the import walks them in order).
  const through = state.nextFirstResult - 1;
  return {
    state: running ? 'running' : 'finished',
    done: running ? Math.min(through, state.total ?? through) : (state.total ?? state.imported),
    total: running ? state.total : (state.total ?? state.imported),
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
  };
}

async function compareRun(db: Db): Promise<RecordedRun | null> {
  const run = await latestFullCompare(db);
  if (!run) return null;
  return {
    state: run.finishedAt !== null ? 'finished' : run.abandoned ? 'abandoned' : 'running',
    done: run.done,
    total: run.total,
    startedAt: new Date(run.startedAt),
    finishedAt: run.finishedAt === null ? null : new Date(run.finishedAt),
  };
}
