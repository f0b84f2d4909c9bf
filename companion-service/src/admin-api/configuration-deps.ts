import type { MappingVersion } from '@bpkc/shared-types';

import type { OnMappingStored } from '../mapping';
import {
  type ConfigurationDeps,
  ConfigurationRefusedError,
  NoConfigurationError,
  UnknownSuggestionError,
  UnknownTemplateError,
} from '../configuration';
import { MappingVersionConflictError } from '../mapping';
import { writeAudit } from '../audit/audit-log';
import type { AdminApiDeps } from './deps';
import { BadRequestError, ConflictError, NotFoundError } from './errors';
import { checkReferences } from './mapping-validation';

/** What the configuration module needs: the store and the very checks PUT /mappings runs. */
export function configurationDeps(deps: AdminApiDeps): ConfigurationDeps {
  return {
    db: deps.db,
    check: async (mapping) => (await checkReferences(deps.lookups, mapping)).issues,
    names: () => deps.lookups.cached?.() ?? null,
  };
}

/** The audit row, written in the transaction that stores the version. */
export function auditedVersion(actor: string, action: string, extra: object = {}): OnMappingStored {
  return (tx, { saved, previousVersion }) =>
    writeAudit(tx, {
      actor,
      action,
      target: `mapping:${saved.version}`,
      details: { previousVersion, ...extra, comment: saved.comment },
    });
}

/**
 * The configuration module's typed refusals as the admin API's answers: a refused document is
 * a 400 naming the first bad path under `at` (the request field holding it), a stale base 409.
 */
export async function configurationErrors<T>(work: Promise<T>, at = 'document'): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ConfigurationRefusedError) {
      const field = error.path ? `${at}.${error.path}` : at;
      throw new BadRequestError(`invalid ${at}: ${error.message}`, field);
    }
    if (error instanceof MappingVersionConflictError) throw new ConflictError(error.message);
    if (error instanceof UnknownTemplateError || error instanceof UnknownSuggestionError) {
      throw new NotFoundError(error.message);
    }
    if (error instanceof NoConfigurationError) throw new NotFoundError(error.message);
    throw error;
  }
}

/** As a saved mapping: logged, and the connection check judges the new version. */
export function stored(deps: AdminApiDeps, saved: MappingVersion, author: string): MappingVersion {
  deps.logger.info('Configuration version saved; jobs starting from now on use it', {
    version: saved.version,
    author,
  });
  void deps.connection.mappingCheck?.run('save');
  return saved;
}
