import { readFile, writeFile } from 'node:fs/promises';

import { runConfigCli } from './config-commands';

/** Entry point of `npm run config`; the work is in config-commands.ts (tested in-process). */
async function main(): Promise<void> {
  process.exitCode = await runConfigCli(process.argv.slice(2), {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  });
}

void main();
