/** A problem the generator cannot resolve on its own: a human must rename or reshape a schema. */
export class CsharpGeneratorError extends Error {
  override readonly name = 'CsharpGeneratorError';
}
