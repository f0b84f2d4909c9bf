import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The files the XbyK admin host provides at runtime (react, the Kentico bundles, ...) and the
 * built client module, as the shell's SystemJS import map names them. Resolved from the installed
 * packages so the shell loads exactly the versions the module is built against.
 */
export interface ShellAsset {
  /** The import-map specifier (e.g. "react") or a plain script. */
  specifier: string;
  file: string;
}

const resolvePackageFile = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const CLIENT_ROOT = path.dirname(require.resolve('@bpkc/kentico-admin-module/package.json'));

export const MODULE_BUNDLE = path.join(CLIENT_ROOT, 'dist', 'entry.js');
const ROUTER_SHIM = path.join(CLIENT_ROOT, 'dist-shell', 'react-router-dom.js');

/** What the shell's import map lists (module name → file), in the admin host's naming. */
export function importMapAssets(): ShellAsset[] {
  return [
    { specifier: 'react', file: resolvePackageFile('react', 'umd/react.development.js') },
    {
      specifier: 'react-dom',
      file: resolvePackageFile('react-dom', 'umd/react-dom.development.js'),
    },
    { specifier: 'react-router-dom', file: ROUTER_SHIM },
    { specifier: 'i18next', file: resolvePackageFile('i18next', 'dist/umd/i18next.js') },
    {
      specifier: 'react-i18next',
      file: resolvePackageFile('react-i18next', 'dist/umd/react-i18next.js'),
    },
    {
      specifier: '@hello-pangea/dnd',
      file: resolvePackageFile('@hello-pangea/dnd', 'dist/dnd.js'),
    },
    {
      specifier: '@kentico/xperience-admin-components',
      file: resolvePackageFile('@kentico/xperience-admin-components', 'dist/entry.js'),
    },
    {
      specifier: '@kentico/xperience-admin-base',
      file: resolvePackageFile('@kentico/xperience-admin-base', 'dist/entry.js'),
    },
    { specifier: '@bpconnect/web-admin', file: MODULE_BUNDLE },
  ];
}

/** SystemJS itself and its AMD extra (the UMD files above register through AMD). */
export function loaderScripts(): ShellAsset[] {
  return [
    { specifier: 'systemjs', file: resolvePackageFile('systemjs', 'dist/system.js') },
    { specifier: 'systemjs-amd', file: resolvePackageFile('systemjs', 'dist/extras/amd.js') },
  ];
}

/** Files missing on disk, e.g. the client module not built yet (`npm run build:admin`). */
export function missingAssets(): string[] {
  return [...importMapAssets(), ...loaderScripts()]
    .map((asset) => asset.file)
    .filter((file) => !existsSync(file));
}

export const SHELL_SCRIPT = path.join(__dirname, 'public', 'shell.js');
