import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

import { generateContractFiles, OUTPUT_DIR } from './cli';
import { pluralize } from './naming';
import { compareOutput } from './output-dir';
import { loadContractModules } from './sources';

// The staleness check as a test (so `npm test` fails too), and the promises the C# side relies on:
// every contract schema and every path has its C# form.

const generated = (csName: string): string =>
  readFileSync(path.join(OUTPUT_DIR, `${csName}.g.cs`), 'utf8');

const methodParameters = (content: string, method: string): string[] => {
  const match = new RegExp(`public static string ${method}\\((.*?)\\) =>`).exec(content);
  if (!match) throw new Error(`no helper ${method}`);
  return match[1]!.split(', ').map((p) => p.split(' ')[1]!.replace(/^@/, ''));
};

describe('the checked-in C# contracts', () => {
  it('are what the schemas produce (run `npm run generate:csharp` when this fails)', async () => {
    const difference = compareOutput(OUTPUT_DIR, await generateContractFiles());
    expect(difference).toEqual({ stale: [], missing: [], extra: [] });
  });

  it('have a C# type for every exported zod schema', async () => {
    for (const module of await loadContractModules()) {
      const content = generated(module.csName);
      const schemaNames = Object.keys(module.exports).filter(
        (name) => module.exports[name] instanceof z.ZodType,
      );
      for (const name of schemaNames) {
        const forms = [
          `record ${name}\n`,
          `class ${pluralize(name)}\n`,
          `class ${name}Constraints\n`,
        ];
        expect({ name, found: forms.some((form) => content.includes(form)) }).toEqual({
          name,
          found: true,
        });
      }
    }
  });

  it('emit every path of every *_PATHS object exactly as the TypeScript builds it', async () => {
    const modules = await loadContractModules();
    const pathObjects = modules.flatMap((m) =>
      Object.entries(m.exports)
        .filter(([name]) => name.endsWith('_PATHS'))
        .map(([name, value]) => ({ module: m, name, paths: value as Record<string, unknown> })),
    );
    expect(pathObjects.map((p) => p.name)).toEqual(
      expect.arrayContaining(['BRIDGE_PATHS', 'LIFECYCLE_PATHS', 'STOCK_PATHS', 'CATALOG_PATHS']),
    );
    for (const { module, paths } of pathObjects) {
      const content = generated(module.csName);
      for (const [key, value] of Object.entries(paths)) {
        const member = key[0]!.toUpperCase() + key.slice(1);
        if (typeof value === 'string') {
          expect(content).toContain(`    public const string ${member} = "${value}";`);
          continue;
        }
        // Fill the template with sample values and compare with what the function returns.
        const names = methodParameters(content, member);
        const samples = names.map((_, i) => `v${i}`);
        const template = new RegExp(`const string ${member}Template = "(.*)";`).exec(content)![1]!;
        const filled = names.reduce((t, n, i) => t.replace(`{${n}}`, samples[i]!), template);
        expect(filled).toBe((value as (...args: string[]) => string)(...samples));
      }
    }
  });
});
