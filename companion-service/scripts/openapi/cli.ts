/**
 * `npm run generate:openapi`: writes docs/openapi.json and the admin module's typed client
 * (openapi-typescript) from the companion's route declarations. `npm run check:openapi` (`--check`)
 * fails when either is stale or when the document has an operation without an operationId, a
 * duplicated one, or no success response schema.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { companionOpenApiDocument } from '../../src/http/openapi-document';
import { documentProblems } from '../../src/openapi';
import { REPOSITORY_DIR, renderOpenApiFiles } from './render';

/** The rendered files whose committed copy differs (or is missing). */
export async function staleOpenApiFiles(): Promise<string[]> {
  const files = await renderOpenApiFiles();
  return files.filter((file) => committed(file.path) !== file.content).map((file) => file.path);
}

function committed(file: string): string | undefined {
  try {
    return readFileSync(path.join(REPOSITORY_DIR, file), 'utf8');
  } catch {
    return undefined;
  }
}

async function main(argv: string[]): Promise<number> {
  const problems = documentProblems(companionOpenApiDocument());
  for (const problem of problems) process.stderr.write(`openapi: ${problem}\n`);
  if (argv.includes('--check')) {
    const stale = await staleOpenApiFiles();
    for (const file of stale) {
      process.stderr.write(`${file} is stale: run npm run generate:openapi\n`);
    }
    if (problems.length === 0 && stale.length === 0)
      process.stdout.write('OpenAPI files up to date\n');
    return problems.length > 0 || stale.length > 0 ? 1 : 0;
  }
  for (const file of await renderOpenApiFiles()) {
    const target = path.join(REPOSITORY_DIR, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    process.stdout.write(`wrote ${file.path}\n`);
  }
  return problems.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
