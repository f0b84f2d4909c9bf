export {
  DOCUMENT_KIND,
  exportConfiguration,
  parseConfigurationDocument,
} from './configuration-document';
export {
  ConfigurationRefusedError,
  NoConfigurationError,
  UnknownSuggestionError,
  UnknownTemplateError,
} from './configuration-errors';
export { importConfiguration, previewImport } from './configuration-import';
export type { ConfigurationDeps, Reviewed } from './configuration-review';
export { applyTemplate, previewTemplate } from './templates/apply-template';
export { listTemplates } from './templates/template-catalog';
export {
  acceptSuggestion,
  listSuggestions,
  rejectSuggestion,
  type SuggestionDeps,
} from './suggestions/suggestion-service';
