/** No mapping version is stored yet: there is nothing to export or lay a template over. */
export class NoConfigurationError extends Error {
  override readonly name = 'NoConfigurationError';
  constructor() {
    super('no configuration is stored yet');
  }
}

/**
 * The document or result would not run here: `path` (inside the document) names the first
 * problem. Retrying the same input cannot help; fixing the document or this environment does.
 */
export class ConfigurationRefusedError extends Error {
  override readonly name = 'ConfigurationRefusedError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** Nothing by that id is proposed (mapped already, rejected, or never seen). */
export class UnknownSuggestionError extends Error {
  override readonly name = 'UnknownSuggestionError';
}

/** No template has that id. */
export class UnknownTemplateError extends Error {
  override readonly name = 'UnknownTemplateError';
}
