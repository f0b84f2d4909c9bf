import type {
  AlertTestRequest,
  AlertTestResult,
  ApplyTemplateRequest,
  ConfigurationDocument,
  ConfigurationSummary,
  ConfigurationTemplate,
  EffectiveSettings,
  ImportPreview,
  ImportRequest,
  MappingVersion,
  PreviewRequest,
  PreviewResult,
  PreviewSample,
  TestExpressionRequest,
  TestExpressionResult,
  TransformEntity,
  TransformTargetList,
} from '@bpkc/shared-types';

import { companionClient, type HttpOptions, unwrap } from './http';

/**
 * The configure-and-map endpoints (transforms, preview, settings, templates, import/export);
 * spread into the companion API client so every screen has one `api`.
 */
export function createConfigureApi(options: HttpOptions) {
  const { GET, POST } = companionClient(options);
  const template = (templateId: string) => ({ path: { templateId } });
  return {
    transformTargets: (): Promise<TransformTargetList> => unwrap(GET('/api/v1/transforms/targets')),
    testExpression: (input: TestExpressionRequest): Promise<TestExpressionResult> =>
      unwrap(POST('/api/v1/transforms/test', { body: input })),
    previewSamples: (entity: TransformEntity): Promise<PreviewSample[]> =>
      unwrap(GET('/api/v1/preview/samples', { params: { query: { entity } } })),
    preview: (input: PreviewRequest): Promise<PreviewResult> =>
      unwrap(POST('/api/v1/preview', { body: input })),
    effectiveSettings: (): Promise<EffectiveSettings> => unwrap(GET('/api/v1/settings/effective')),
    testAlerts: (input: AlertTestRequest): Promise<AlertTestResult> =>
      unwrap(POST('/api/v1/settings/alerts/test', { body: input })),
    configurationSummary: (): Promise<ConfigurationSummary> => unwrap(GET('/api/v1/configuration')),
    exportConfiguration: (): Promise<ConfigurationDocument> =>
      unwrap(GET('/api/v1/configuration/export')),
    previewImport: (document: unknown): Promise<ImportPreview> =>
      unwrap(POST('/api/v1/configuration/import/preview', { body: { document } })),
    importConfiguration: (input: ImportRequest): Promise<MappingVersion> =>
      unwrap(POST('/api/v1/configuration/import', { body: input })),
    templates: (): Promise<ConfigurationTemplate[]> => unwrap(GET('/api/v1/templates')),
    previewTemplate: (id: string, input: ApplyTemplateRequest): Promise<ImportPreview> =>
      unwrap(POST('/api/v1/templates/{templateId}/preview', { params: template(id), body: input })),
    applyTemplate: (id: string, input: ApplyTemplateRequest): Promise<MappingVersion> =>
      unwrap(POST('/api/v1/templates/{templateId}/apply', { params: template(id), body: input })),
  };
}
