#!/usr/bin/env node
// Builds the lean run-from-package artifact of the companion (ADR 28): `artifact/` holds only
// what `node companion-service/dist/main.js` needs at run time, and `companion.zip` is that
// folder zipped for App Service. Production dependencies come from `npm ci --omit=dev` in a
// staging copy, so the artifact is exactly what the lock file says, never the dev tree we build in.
//
//   npm run package              build, assemble artifact/, zip it to companion.zip
//   npm run package -- --no-zip  the folder only (the Dockerfile copies it)
//   npm run package -- --no-build  reuse the dist/ folders a previous `tsc -b` wrote
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { folderBytes, megabytes } from './artifact-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifact = join(root, 'artifact');
const zipFile = join(root, 'companion.zip');
/** The only workspaces the companion runs with: everything else is tooling or the sandbox. */
const RUNTIME_WORKSPACES = ['shared-types', 'companion-service'];
const EVERY_WORKSPACE = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;

const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NODE_ENV: '' } });

/** Type declarations and source maps: read by compilers and debuggers, never by `node`. */
const COMPILE_TIME_ONLY = /\.(d\.[mc]?ts|map|tsbuildinfo)$/;

/** Compiled output without what only the compiler and the tests read. */
const keepAtRunTime = (source) => !/\.test\.js$/.test(source) && !COMPILE_TIME_ONLY.test(source);

/** Drops declarations and maps the dependencies ship (a third of their size, no runtime use). */
function pruneCompileTimeFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) pruneCompileTimeFiles(path);
    else if (COMPILE_TIME_ONLY.test(entry.name)) rmSync(path);
  }
}

function stageWorkspaces() {
  rmSync(artifact, { recursive: true, force: true });
  mkdirSync(artifact, { recursive: true });
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // npm ci checks the lock against every workspace's manifest, so each one is staged (manifest
  // only); the install itself is limited to the runtime workspaces below.
  for (const workspace of EVERY_WORKSPACE) {
    mkdirSync(join(artifact, workspace), { recursive: true });
    cpSync(join(root, workspace, 'package.json'), join(artifact, workspace, 'package.json'));
  }
  writeFileSync(join(artifact, 'package.json'), JSON.stringify(rootManifest, null, 2));
  cpSync(join(root, 'package-lock.json'), join(artifact, 'package-lock.json'));
}

function installProductionDependencies() {
  const workspaceArgs = RUNTIME_WORKSPACES.flatMap((name) => ['--workspace', name]);
  // --prefer-offline: a warm npm cache (CI's, or a developer's) makes this work without a network.
  run(
    'npm',
    [
      'ci',
      '--omit=dev',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      ...workspaceArgs,
    ],
    artifact,
  );
}

/** Replaces the workspace links with real folders and drops the workspaces the app never runs. */
function finishLayout() {
  for (const workspace of RUNTIME_WORKSPACES) {
    cpSync(join(root, workspace, 'dist'), join(artifact, workspace, 'dist'), {
      recursive: true,
      filter: keepAtRunTime,
    });
  }
  const scope = join(artifact, 'node_modules', '@bpkc');
  rmSync(scope, { recursive: true, force: true });
  mkdirSync(scope, { recursive: true });
  // A real copy, not npm's symlink: a zip mounted by App Service should not depend on links.
  cpSync(join(artifact, 'shared-types'), join(scope, 'shared-types'), { recursive: true });
  for (const workspace of EVERY_WORKSPACE.filter((name) => !RUNTIME_WORKSPACES.includes(name))) {
    rmSync(join(artifact, workspace.split('/')[0]), { recursive: true, force: true });
  }
  pruneCompileTimeFiles(join(artifact, 'node_modules'));
  rmSync(join(artifact, 'package-lock.json'));
  rmSync(join(artifact, 'node_modules', '.package-lock.json'), { force: true });
  const manifest = {
    name: 'bpkc-companion-artifact',
    private: true,
    description: 'Run-from-package build of the companion: node companion-service/dist/main.js',
    engines: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines,
    scripts: { start: 'node companion-service/dist/main.js' },
  };
  writeFileSync(join(artifact, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The first start seeds the stored mapping from MAPPING_FILE (placeholders, see configuration.md).
  cpSync(join(root, 'docs', 'mapping.example.json'), join(artifact, 'mapping.example.json'));
}

function zipArtifact() {
  rmSync(zipFile, { force: true });
  execFileSync('zip', ['-q', '-r', '-X', zipFile, '.'], { cwd: artifact, stdio: 'inherit' });
}

const withZip = !process.argv.includes('--no-zip');
if (!process.argv.includes('--no-build')) {
  console.log('== build (tsc -b companion-service)');
  run('npx', ['tsc', '-b', 'companion-service']);
}
console.log('== staging production dependencies (npm ci --omit=dev)');
stageWorkspaces();
installProductionDependencies();
finishLayout();
console.log(`artifact/: ${megabytes(folderBytes(artifact))}`);
if (withZip) {
  zipArtifact();
  console.log(`${relative(root, zipFile)}: ${megabytes(statSync(zipFile).size)}`);
}
if (!existsSync(join(artifact, 'companion-service', 'dist', 'main.js'))) {
  throw new Error('artifact/companion-service/dist/main.js is missing after the build');
}
