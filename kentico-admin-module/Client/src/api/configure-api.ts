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

import { type HttpOptions, request } from './http';

const templatePath = (id: string, action: 'preview' | 'apply') =>
  `/templates/${encodeURIComponent(id)}/${action}`;

/**
 * The configure-and-map endpoints (transforms, preview, settings, templates, import/export);
 * spread into the companion API client so every screen has one `api`.
 */
export function createConfigureApi(options: HttpOptions) {
  const get = <T>(path: string, query?: Record<string, string | undefined>) =>
    request<T>(options, { method: 'GET', path, query });
  const post = <T>(path: string, body: unknown = {}) =>
    request<T>(options, { method: 'POST', path, body });
  return {
    transformTargets: () => get<TransformTargetList>('/transforms/targets'),
    testExpression: (input: TestExpressionRequest) =>
      post<TestExpressionResult>('/transforms/test', input),
    previewSamples: (entity: TransformEntity) =>
      get<PreviewSample[]>('/preview/samples', { entity }),
    preview: (input: PreviewRequest) => post<PreviewResult>('/preview', input),
    effectiveSettings: () => get<EffectiveSettings>('/settings/effective'),
    testAlerts: (input: AlertTestRequest) => post<AlertTestResult>('/settings/alerts/test', input),
    configurationSummary: () => get<ConfigurationSummary>('/configuration'),
    exportConfiguration: () => get<ConfigurationDocument>('/configuration/export'),
    previewImport: (document: unknown) =>
      post<ImportPreview>('/configuration/import/preview', { document }),
    importConfiguration: (input: ImportRequest) =>
      post<MappingVersion>('/configuration/import', input),
    templates: () => get<ConfigurationTemplate[]>('/templates'),
    previewTemplate: (id: string, input: ApplyTemplateRequest) =>
      post<ImportPreview>(templatePath(id, 'preview'), input),
    applyTemplate: (id: string, input: ApplyTemplateRequest) =>
      post<MappingVersion>(templatePath(id, 'apply'), input),
  };
}
