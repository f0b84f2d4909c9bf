import type { OpenApiDocument } from './build-document';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

type Operation = {
  operationId?: unknown;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

/**
 * What `npm run check:openapi` and the tests refuse: an operation without an operationId, two
 * with the same one, or one with no success answer whose body has a schema.
 */
export function documentProblems(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operation = value as Operation;
      const id = operation.operationId;
      if (typeof id !== 'string' || id === '') problems.push(`${where}: no operationId`);
      else if (seen.has(id)) problems.push(`${where}: operationId ${id} also on ${seen.get(id)}`);
      else seen.set(id, where);
      if (!hasSuccessSchema(operation)) problems.push(`${where}: no success response schema`);
    }
  }
  return problems;
}

function hasSuccessSchema(operation: Operation): boolean {
  return Object.entries(operation.responses ?? {}).some(
    ([status, answer]) =>
      /^2\d\d$/.test(status) &&
      Object.values(answer.content ?? {}).some((media) => media.schema !== undefined),
  );
}
