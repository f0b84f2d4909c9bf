import path from 'node:path';

import { CLIENT_SRC, extensionSources, filesUnder } from './csharp-sources';

// (a) Every client template a C# page names exists in the admin client module. The admin appends
// "Template" to the last segment of templateName and loads that export from @bpconnect/web-admin;
// a missing export is a blank page with "Something went wrong", found only in a live XbyK.

const TEMPLATE_NAME = /"@bpconnect\/web-admin\/([A-Za-z0-9]+)"/g;
const CLIENT_EXPORT = /export\s+(?:const|function)\s+([A-Za-z0-9_]+Template)\b/g;

const templateNames = (): Set<string> =>
  new Set(
    extensionSources().flatMap(({ text }) => [...text.matchAll(TEMPLATE_NAME)].map((m) => m[1]!)),
  );

const clientExports = (): Set<string> =>
  new Set(
    filesUnder(CLIENT_SRC, '.tsx', new Set(['node_modules', 'dist'])).flatMap(({ text }) =>
      [...text.matchAll(CLIENT_EXPORT)].map((m) => m[1]!),
    ),
  );

/** C# pages with a custom template: `class X(...) : Page<...>`. */
const customTemplatePages = () =>
  extensionSources().filter(({ text }) => /class\s+\w+\([^)]*\)\s*:\s*Page</.test(text));

describe('Kentico extension: client templates', () => {
  it('registers exactly the screens of the Brightpearl Connect module', () => {
    expect([...templateNames()].sort()).toEqual(
      [
        'Connection',
        'Failures',
        'Mappings',
        'OrderDetail',
        'Orders',
        'Overview',
        // The merchant's charts (issue 15)
        'Insights',
        // Progress and control (issue 15)
        'Jobs',
        'Audit',
        // Configure and map (issue 14)
        'Rules',
        'Held',
        'Suggestions',
        'Transforms',
        'Settings',
        'Configuration',
      ].sort(),
    );
  });

  it('finds an export <Name>Template in Client/src for every C# templateName', () => {
    const exported = clientExports();
    const missing = [...templateNames()].filter((name) => !exported.has(`${name}Template`));
    expect(missing).toEqual([]);
  });

  it('gives every custom-template page a RefreshAdminToken page command', () => {
    const pages = customTemplatePages();
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const withoutRefresh = pages
      .filter(
        ({ text }) =>
          !/\[PageCommand\]\s*public async Task<ICommandResponse> RefreshAdminToken\(/.test(text),
      )
      .map(({ file }) => path.basename(file));
    expect(withoutRefresh).toEqual([]);
  });

  it('no longer references the removed SyncDashboard template', () => {
    const stale = extensionSources().filter(({ text }) => text.includes('web-admin/SyncDashboard'));
    expect(stale.map(({ file }) => path.basename(file))).toEqual([]);
  });
});
