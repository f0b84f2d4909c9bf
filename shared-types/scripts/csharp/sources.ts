import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { constantName } from './naming';
import { readSourceFacts, type SourceFacts } from './source-facts';

// Which shared-types modules the Kentico extension implements. Every module of src/kentico is
// included, so a contract module added there is generated (and the staleness check fails until
// it is) without touching this list.

export const SHARED_TYPES_DIR = path.resolve(__dirname, '../..');
const SRC_DIR = path.join(SHARED_TYPES_DIR, 'src');

/** Folders whose every module is a contract, and single modules from elsewhere. */
const CONTRACT_FOLDERS = ['kentico'];
const SINGLE_MODULES = [
  { file: 'ids.ts', csName: 'Ids' },
  { file: 'admin/auth.ts', csName: 'AdminAuth' },
];

export interface SourceModule {
  /** Repository-relative, e.g. `shared-types/src/kentico/bridge.ts`. */
  sourcePath: string;
  /** Base name of the generated file and of its constants class, e.g. `Bridge`. */
  csName: string;
  exports: Record<string, unknown>;
  facts: SourceFacts;
}

const isContractModule = (file: string): boolean =>
  file.endsWith('.ts') && !/\.(test|d)\.ts$/.test(file) && file !== 'index.ts';

/** Source files relative to src/, with their C# file names, in a stable order. */
export const listContractModules = (): { file: string; csName: string }[] => {
  const folderModules = CONTRACT_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(SRC_DIR, folder))
      .filter(isContractModule)
      .sort()
      .map((file) => ({ file: `${folder}/${file}`, csName: constantName(file.slice(0, -3)) })),
  );
  return [...folderModules, ...SINGLE_MODULES];
};

const loadModule = async (entry: { file: string; csName: string }): Promise<SourceModule> => {
  const fullPath = path.join(SRC_DIR, entry.file);
  // A relative specifier (not a file URL) so that jest's require-based loader and tsx both take it.
  const specifier = `../../src/${entry.file.slice(0, -3)}`;
  const loaded = (await import(specifier)) as Record<string, unknown>;
  return {
    sourcePath: path.relative(path.dirname(SHARED_TYPES_DIR), fullPath).split(path.sep).join('/'),
    csName: entry.csName,
    exports: { ...loaded },
    facts: readSourceFacts({ fileName: fullPath, text: readFileSync(fullPath, 'utf8') }),
  };
};

export const loadContractModules = async (): Promise<SourceModule[]> =>
  Promise.all(listContractModules().map(loadModule));
