/** A setting is missing, malformed or unsafe; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
