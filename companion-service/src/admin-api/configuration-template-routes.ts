import {
  ApplyTemplateRequest,
  ConfigurationTemplateList,
  ImportPreview,
  MappingVersion,
  TemplateParams,
} from '@bpkc/shared-types';

import {
  applyTemplate,
  type ConfigurationDeps,
  listTemplates,
  previewTemplate,
} from '../configuration';
import { auditedVersion, configurationErrors, stored } from './configuration-deps';
import type { AdminApiDeps } from './deps';
import { type AdminRoute, defineRoute } from './route';

/** Starter configurations laid over the current one (they never invent a Brightpearl id). */
export function templateRoutes(deps: AdminApiDeps, shared: ConfigurationDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/templates',
      summary: 'Starter configurations (offered on first setup)',
      response: ConfigurationTemplateList,
      handler: async () => listTemplates(),
    }),
    defineRoute({
      method: 'post',
      path: '/templates/:templateId/preview',
      summary:
        'What a template would change, checked against this environment, and what is still to map',
      params: TemplateParams,
      body: ApplyTemplateRequest,
      response: ImportPreview,
      permission: 'view',
      handler: async ({ params }) =>
        (await configurationErrors(previewTemplate(shared, params.templateId))).preview,
    }),
    defineRoute({
      method: 'post',
      path: '/templates/:templateId/apply',
      summary: 'Store the template laid over the current configuration as the next version',
      params: TemplateParams,
      body: ApplyTemplateRequest,
      response: MappingVersion,
      handler: async ({ params, body, actor }) => {
        const saved = await configurationErrors(
          applyTemplate(shared, {
            templateId: params.templateId,
            ...body,
            author: actor.sub,
            onStored: auditedVersion(actor.sub, 'configuration.template', {
              template: params.templateId,
            }),
          }),
          'template',
        );
        return stored(deps, saved, actor.sub);
      },
    }),
  ];
}
