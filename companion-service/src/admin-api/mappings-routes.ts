import {
  MappingVersion,
  MappingVersionList,
  MappingVersionParams,
  PutMappingRequest,
} from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import {
  listMappingVersions,
  readCurrentMapping,
  readMappingVersion,
  saveMappingVersion,
  seedMappingVersions,
} from './mapping-versions';
import { type AdminRoute, defineRoute } from './route';

export function mappingRoutes(deps: AdminApiDeps): AdminRoute[] {
  const seeded = () => seedMappingVersions(deps.db, deps.mapping);
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
      method: 'put',
      path: '/mappings',
      summary: 'Store a new mapping version and run it from now on',
      body: PutMappingRequest,
      response: MappingVersion,
      handler: async ({ body, actor }) => {
        await seeded();
        const saved = await saveMappingVersion(deps.db, { ...body, author: actor.sub });
        deps.applyMapping(saved.mapping);
        deps.logger.info('Mapping version applied', { version: saved.version, author: actor.sub });
        return saved;
      },
    }),
  ];
}
