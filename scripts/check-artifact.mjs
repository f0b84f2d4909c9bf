#!/usr/bin/env node
// Checks the run-from-package artifact (ADR 28) before it ships or goes into the Docker image:
// no development tool in it, no workspace the companion does not run, and a size within budget.
// The deploy this replaced shipped 563 MB (the whole repository with its dev dependencies); the
// lean artifact measured 77 MB unpacked and 28 MB zipped, so the budgets leave room to grow
// without letting a dev tree slip back in.
//
//   node scripts/check-artifact.mjs [--artifact <folder>] [--zip <file>] [--max-mb <n>] [--max-zip-mb <n>]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { folderBytes, megabytes } from './artifact-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const artifact = option('--artifact', join(root, 'artifact'));
const zipFile = option('--zip', join(root, 'companion.zip'));
const MAX_MB = Number(option('--max-mb', '100'));
const MAX_ZIP_MB = Number(option('--max-zip-mb', '40'));

/** Never at run time, whoever asks for them. */
const BUILD_TOOLS = [
  'jest',
  'typescript',
  'tsx',
  'playwright-core',
  'webpack',
  'webpack-cli',
  'eslint',
  'prettier',
  '@swc/core',
  'esbuild',
  'ts-loader',
  'supertest',
];
/** Workspaces that are tooling, the simulators or the Kentico side: never in the companion. */
const FOREIGN_FOLDERS = ['sandbox', 'test', 'kentico-admin-module', 'node_modules/@bpkc/sandbox'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Every devDependency the repository declares (root and workspaces). */
function declaredDevDependencies() {
  const rootManifest = readJson(join(root, 'package.json'));
  const manifests = [
    rootManifest,
    ...rootManifest.workspaces.map((w) => readJson(join(root, w, 'package.json'))),
  ];
  return new Set(manifests.flatMap((manifest) => Object.keys(manifest.devDependencies ?? {})));
}

/** name → manifest of every package installed under a node_modules folder, nested ones too. */
function installedPackages(modules, into = new Map()) {
  if (!existsSync(modules)) return into;
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const folders = entry.name.startsWith('@')
      ? readdirSync(join(modules, entry.name)).map((name) => join(modules, entry.name, name))
      : [join(modules, entry.name)];
    for (const folder of folders) {
      const manifestPath = join(folder, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = readJson(manifestPath);
      into.set(manifest.name ?? folder, manifest);
      installedPackages(join(folder, 'node_modules'), into);
    }
  }
  return into;
}

/** What the installed packages and the runtime workspaces need at run time. */
function runtimeRequirements(installed) {
  const manifests = [...installed.values()];
  for (const workspace of ['companion-service', 'shared-types']) {
    const path = join(artifact, workspace, 'package.json');
    if (existsSync(path)) manifests.push(readJson(path));
  }
  return new Set(
    manifests.flatMap((m) => [
      ...Object.keys(m.dependencies ?? {}),
      ...Object.keys(m.optionalDependencies ?? {}),
      ...Object.keys(m.peerDependencies ?? {}),
    ]),
  );
}

function problems() {
  const found = [];
  if (!existsSync(join(artifact, 'companion-service', 'dist', 'main.js'))) {
    return [`${artifact} has no companion-service/dist/main.js: run \`npm run package\` first`];
  }
  const installed = installedPackages(join(artifact, 'node_modules'));
  const required = runtimeRequirements(installed);
  const dev = declaredDevDependencies();
  for (const name of installed.keys()) {
    if (BUILD_TOOLS.includes(name)) found.push(`build tool ${name} is in the artifact`);
    else if (dev.has(name) && !required.has(name)) {
      found.push(`devDependency ${name} is in the artifact and no runtime package needs it`);
    }
  }
  for (const folder of FOREIGN_FOLDERS) {
    if (existsSync(join(artifact, folder))) found.push(`${folder} does not belong in the artifact`);
  }
  const bytes = folderBytes(artifact);
  if (bytes > MAX_MB * 1024 * 1024)
    found.push(`artifact is ${megabytes(bytes)}, budget ${MAX_MB} MB`);
  if (existsSync(zipFile) && statSync(zipFile).size > MAX_ZIP_MB * 1024 * 1024) {
    found.push(`${zipFile} is ${megabytes(statSync(zipFile).size)}, budget ${MAX_ZIP_MB} MB`);
  }
  console.log(`artifact: ${megabytes(bytes)} (budget ${MAX_MB} MB), ${installed.size} packages`);
  return found;
}

const found = problems();
for (const problem of found) console.error(`artifact check: ${problem}`);
if (found.length > 0) process.exit(1);
console.log('artifact check: no development dependencies, within budget');
