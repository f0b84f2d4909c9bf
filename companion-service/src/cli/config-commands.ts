import type { ConfigurationDocument, ImportPreview, MappingVersion } from '@bpkc/shared-types';

import { loadCliConfig } from '../config/cli-config';
import { AdminCallError, type AdminClient, connectAdmin } from './admin-client';
import { type CliArgs, parseCliArgs, USAGE, UsageError } from './cli-args';
import { renderPreview } from './render-preview';

/** Exit codes: 0 done, 1 refused or invalid (nothing applied), 2 usage. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface CliIo {
  /** Absent: the process environment, read by the config module. */
  env?: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

/** `npm run config -- export|import|diff`: the admin API's configuration endpoints, from a shell. */
export async function runConfigCli(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const config = loadCliConfig(io.env);
    const admin = await connectAdmin(config, {
      url: args.url ?? config.defaultUrl,
      token: args.token,
      sandbox: args.sandbox,
    });
    if (args.command === 'export') return await exportTo(admin, args, io);
    return await review(admin, args, io);
  } catch (error) {
    io.err(
      error instanceof AdminCallError
        ? `refused: ${error.message}`
        : `failed: ${(error as Error).message}`,
    );
    return EXIT.refused;
  }
}

async function exportTo(admin: AdminClient, args: CliArgs, io: CliIo): Promise<number> {
  const document = await admin.get<ConfigurationDocument>('/configuration/export');
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (!args.file) {
    io.out(text.trimEnd());
    return EXIT.ok;
  }
  await io.writeFile(args.file, text);
  io.err(`Exported version ${document.source.mappingVersion} to ${args.file}`);
  return EXIT.ok;
}

/** diff: the preview only. import: the preview, then (with --yes) the import on its base version. */
async function review(admin: AdminClient, args: CliArgs, io: CliIo): Promise<number> {
  const document = await readDocument(args.file!, io);
  if (document === undefined) return EXIT.refused;
  const preview = await admin.post<ImportPreview>('/configuration/import/preview', { document });
  for (const line of renderPreview(preview)) io.out(line);
  if (!preview.valid) return EXIT.refused;
  if (args.command === 'diff') return EXIT.ok;
  if (preview.changes.length === 0) {
    io.out('Nothing to import.');
    return EXIT.ok;
  }
  if (!args.yes) {
    io.out('Not applied: run again with --yes to store it as a new version.');
    return EXIT.refused;
  }
  const saved = await admin.post<MappingVersion>('/configuration/import', {
    document,
    baseVersion: preview.baseVersion,
    ...(args.comment ? { comment: args.comment } : {}),
  });
  io.out(`Imported as version ${saved.version} (${saved.comment ?? ''}).`);
  return EXIT.ok;
}

async function readDocument(file: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.err(`cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    io.err(`${file} is not JSON: ${(error as Error).message}`);
    return undefined;
  }
}
