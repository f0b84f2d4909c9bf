import {
  MappingValidation,
  MappingVersion,
  MappingVersionList,
  MappingVersionParams,
  PutMappingRequest,
  RevertMappingRequest,
  ValidateMappingRequest,
} from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import { assertReferencesExist, validateMapping } from './mapping-validation';
import {
  listMappingVersions,
  readCurrentMapping,
  readMappingVersion,
  revertMappingVersion,
  saveMappingVersion,
  seedMappingVersions,
} from './mapping-versions';
import { type AdminRoute, defineRoute } from './route';

export function mappingRoutes(deps: AdminApiDeps): AdminRoute[] {
  const seeded = () => seedMappingVersions(deps.db, deps.mapping);
  const apply = (saved: MappingVersion, author: string) => {
    deps.applyMapping(saved.mapping);
    deps.logger.info('Mapping version applied', { version: saved.version, author });
    return saved;
  };
  return [
    defineRoute({
      method: 'get',
      path: '/mappings/current',
      summary: 'The current mapping (the newest version)',
      response: MappingVersion,
      handler: async () => {
        await seeded();
        return (await readCurrentMapping(deps.db))!;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/mappings/versions',
      summary: 'Every mapping version, newest first, with author and comment',
      response: MappingVersionList,
      handler: async () => (await seeded(), listMappingVersions(deps.db)),
    }),
    defineRoute({
      method: 'get',
      path: '/mappings/versions/:version',
      summary: 'One mapping version',
      params: MappingVersionParams,
      response: MappingVersion,
      handler: async ({ params }) => (await seeded(), readMappingVersion(deps.db, params.version)),
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
        await seeded();
        const saved = await saveMappingVersion(deps.db, { ...body, author: actor.sub });
        return apply(saved, actor.sub);
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
        await seeded();
        const saved = await revertMappingVersion(deps.db, {
          version: params.version,
          author: actor.sub,
          comment: body.comment,
        });
        return apply(saved, actor.sub);
      },
    }),
  ];
}
