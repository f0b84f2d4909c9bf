/**
 * Generates the C# request/response types of the Kentico extension from the shared-types zod
 * schemas: `tsx shared-types/scripts/csharp/cli.ts [--check] [--out <dir>]`.
 *
 * Why no JSON-Schema → C# package: quicktype (even with System.Text.Json and --use-records) adds
 * Converter/Serialize helper types and its own enum converters, and does not tell a nullable key
 * from an optional one; NJsonSchema needs .NET, which this repository's tooling does not have.
 * The contract needs plain sealed records with System.Text.Json attributes, `required`, decimal
 * money and string enums; mapping the JSON Schema zod produces is small enough to own.
 */
import path from 'node:path';

import { CsharpGeneratorError } from './errors';
import { generateCsharp, type GeneratedFile } from './generate';
import { compareOutput, describeDifference, isUpToDate, writeOutput } from './output-dir';
import { loadContractModules, SHARED_TYPES_DIR } from './sources';

export const REPOSITORY_DIR = path.dirname(SHARED_TYPES_DIR);
export const OUTPUT_DIR = path.join(REPOSITORY_DIR, 'kentico-admin-module/Contracts/Generated');

export const generateContractFiles = async (): Promise<GeneratedFile[]> =>
  generateCsharp(await loadContractModules());

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const parseArgs = (argv: string[]): { check: boolean; outDir: string } => {
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? argv[outIndex + 1] : OUTPUT_DIR;
  const outArgs = outIndex >= 0 ? [outIndex, outIndex + 1] : [];
  const unknown = argv.filter((a, i) => a !== '--check' && !outArgs.includes(i));
  if (outDir === undefined || unknown.length > 0) {
    throw new CsharpGeneratorError('Usage: cli.ts [--check] [--out <dir>]');
  }
  return { check: argv.includes('--check'), outDir: path.resolve(outDir) };
};

/** Inside the repository, the relative path (no machine paths in CI logs); elsewhere, as given. */
const shown = (dir: string): string => {
  const relative = path.relative(REPOSITORY_DIR, dir);
  return relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative || '.';
};

/** Exit code 0 when done (or up to date), 1 when --check finds a difference or generation fails. */
export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  try {
    const { check, outDir } = parseArgs(argv);
    const files = await generateContractFiles();
    if (check) {
      const difference = compareOutput(outDir, files);
      if (isUpToDate(difference)) {
        io.out(`C# contracts in ${shown(outDir)} are up to date (${files.length} files).\n`);
        return 0;
      }
      io.err(`${describeDifference(difference, shown(outDir))}\n`);
      return 1;
    }
    const { stale, missing, extra } = writeOutput(outDir, files);
    io.out(
      `C# contracts in ${shown(outDir)}: ${missing.length} added, ${stale.length} updated, ` +
        `${extra.length} removed, ${files.length} in all.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof CsharpGeneratorError)) throw error;
    io.err(`${error.message}\n`);
    return 1;
  }
};

if (require.main === module) {
  const io: CliIo = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
