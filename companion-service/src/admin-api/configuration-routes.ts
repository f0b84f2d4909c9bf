import {
  ConfigurationDocument,
  ConfigurationSummary,
  ImportPreview,
  ImportPreviewRequest,
  ImportRequest,
  MappingVersion,
} from '@bpkc/shared-types';

import { exportConfiguration, importConfiguration, previewImport } from '../configuration';
import { latestMappingVersion } from '../mapping';
import {
  auditedVersion,
  configurationDeps,
  configurationErrors,
  stored,
} from './configuration-deps';
import { suggestionRoutes } from './configuration-suggestion-routes';
import { templateRoutes } from './configuration-template-routes';
import type { AdminApiDeps } from './deps';
import { type AdminRoute, defineRoute } from './route';

/**
 * The configuration as one portable document (ADR 0027): export, import with a preview checked
 * against this environment, templates and suggestions. Every write is a new mapping version.
 */
export function configurationRoutes(deps: AdminApiDeps): AdminRoute[] {
  const shared = configurationDeps(deps);
  const installationId = deps.adminToken.installationId || null;
  return [
    defineRoute({
      method: 'get',
      path: '/configuration',
      summary: 'The current version and whether this is a first setup (templates are offered then)',
      response: ConfigurationSummary,
      handler: async () => {
        const currentVersion = (await latestMappingVersion(deps.db)) ?? null;
        // Only the seeded version: nobody has configured anything here yet.
        return { currentVersion, firstSetup: (currentVersion ?? 0) <= 1, installationId };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/configuration/export',
      summary:
        'The whole configuration (mappings, transforms, rules, checks, settings) as one document',
      response: ConfigurationDocument,
      handler: () => configurationErrors(exportConfiguration(deps.db, { installationId })),
    }),
    defineRoute({
      method: 'post',
      path: '/configuration/import/preview',
      summary:
        'Check a configuration document against this environment and diff it with the current one',
      body: ImportPreviewRequest,
      response: ImportPreview,
      permission: 'view',
      handler: async ({ body }) => (await previewImport(shared, body.document)).preview,
    }),
    defineRoute({
      method: 'post',
      path: '/configuration/import',
      summary:
        'Store a configuration document as the next version (400 naming the first bad path, 409 if not based on the newest)',
      body: ImportRequest,
      response: MappingVersion,
      handler: async ({ body, actor }) => {
        const saved = await configurationErrors(
          importConfiguration(shared, {
            ...body,
            author: actor.sub,
            onStored: auditedVersion(actor.sub, 'configuration.import'),
          }),
        );
        return stored(deps, saved, actor.sub);
      },
    }),
    ...templateRoutes(deps, shared),
    ...suggestionRoutes(deps),
  ];
}
