import {
  MappingValidation,
  MappingVersion,
  MappingVersionList,
  MappingVersionParams,
  PutMappingRequest,
  RevertMappingRequest,
  ValidateMappingRequest,
} from '@bpkc/shared-types';

import {
  listMappingVersions,
  MappingVersionConflictError,
  MappingVersionNotFoundError,
  type OnMappingStored,
  readCurrentMapping,
  readMappingVersion,
  revertMappingVersion,
  saveMappingVersion,
} from '../mapping';
import { writeAudit } from '../audit/audit-log';
import type { AdminApiDeps } from './deps';
import { ConflictError, NotFoundError } from './errors';
import { assertReferencesExist, validateMapping } from './mapping-validation';
import { type AdminRoute, defineRoute } from './route';

/**
 * The mapping document's versions, through the mapping module (which owns the table). A saved
 * version needs no "apply": every instance's next job reads it (see mapping/mapping-source.ts).
 */
export function mappingRoutes(deps: AdminApiDeps): AdminRoute[] {
  const stored = (saved: MappingVersion, author: string) => {
    deps.logger.info('Mapping version saved; jobs starting from now on use it', {
      version: saved.version,
      author,
    });
    // The connection screen and the order flow judge the new version from now on.
    void deps.connection.mappingCheck?.run('save');
    return saved;
  };
  return [
    defineRoute({
      method: 'get',
      path: '/mappings/current',
      summary: 'The current mapping (the newest version)',
      response: MappingVersion,
      handler: async () => {
        const current = await readCurrentMapping(deps.db);
        if (!current) throw new NotFoundError('no mapping version is stored yet');
        return current;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/mappings/versions',
      summary: 'Every mapping version, newest first, with author and comment',
      response: MappingVersionList,
      handler: () => listMappingVersions(deps.db),
    }),
    defineRoute({
      method: 'get',
      path: '/mappings/versions/:version',
      summary: 'One mapping version',
      params: MappingVersionParams,
      response: MappingVersion,
      handler: ({ params }) => apiErrors(readMappingVersion(deps.db, params.version)),
    }),
    defineRoute({
      method: 'post',
      path: '/mappings/validate',
      summary: 'Check a draft mapping: schema, and every value against both platforms\u2019 lists',
      body: ValidateMappingRequest,
      response: MappingValidation,
      // It stores nothing: a read-only operator may check a draft.
      permission: 'view',
      handler: ({ body }) => validateMapping(deps.lookups, body.mapping),
    }),
    defineRoute({
      method: 'put',
      path: '/mappings',
      summary: 'Store a new mapping version and run it from now on (400 on an unknown value)',
      body: PutMappingRequest,
      response: MappingVersion,
      handler: async ({ body, actor }) => {
        await assertReferencesExist(deps.lookups, body.mapping);
        const saved = await apiErrors(
          saveMappingVersion(deps.db, {
            ...body,
            author: actor.sub,
            onStored: audited(actor.sub, 'mapping.update'),
          }),
        );
        return stored(saved, actor.sub);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/mappings/versions/:version/revert',
      summary: 'Store a new version equal to an old one and run it from now on',
      params: MappingVersionParams,
      body: RevertMappingRequest,
      response: MappingVersion,
      handler: async ({ params, body, actor }) => {
        const saved = await apiErrors(
          revertMappingVersion(deps.db, {
            version: params.version,
            author: actor.sub,
            comment: body.comment,
            onStored: audited(actor.sub, 'mapping.revert', { revertedTo: params.version }),
          }),
        );
        return stored(saved, actor.sub);
      },
    }),
  ];
}

/** The audit row, written in the transaction that stores the version. */
function audited(actor: string, action: string, extra: object = {}): OnMappingStored {
  return (tx, { saved, previousVersion }) =>
    writeAudit(tx, {
      actor,
      action,
      target: `mapping:${saved.version}`,
      details: { previousVersion, ...extra, comment: saved.comment },
    });
}

/** The mapping module's typed refusals as the admin API's 404 / 409. */
async function apiErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof MappingVersionNotFoundError) throw new NotFoundError(error.message);
    if (error instanceof MappingVersionConflictError) throw new ConflictError(error.message);
    throw error;
  }
}
