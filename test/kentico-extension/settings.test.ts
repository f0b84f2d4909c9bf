import { readFileSync } from 'node:fs';
import path from 'node:path';

import { MODULE_DIR } from './csharp-sources';

// (c) The install guide documents exactly the settings the extension binds from appsettings
// ("BrightpearlConnect" section → BrightpearlConnectOptions), in its table and in its example.

const OPTIONS_FILE = path.join(MODULE_DIR, 'Configuration', 'BrightpearlConnectOptions.cs');
const GUIDE_FILE = path.resolve(MODULE_DIR, '../docs/kentico-extension.md');

/** Public settable properties of the options class: what the configuration binder fills. */
const optionProperties = (): string[] =>
  [
    ...readFileSync(OPTIONS_FILE, 'utf8').matchAll(
      /public\s+[\w<>?]+\s+(\w+)\s*\{\s*get;\s*set;\s*\}/g,
    ),
  ]
    .map((m) => m[1]!)
    .sort();

/** The section "## Settings" of the guide, up to the next second-level heading. */
const settingsSection = (): string => {
  const guide = readFileSync(GUIDE_FILE, 'utf8');
  const start = guide.indexOf('\n## Settings');
  if (start < 0) throw new Error('docs/kentico-extension.md has no "## Settings" section');
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
};

const documentedInTable = (): string[] =>
  [...settingsSection().matchAll(/^\|\s*`BrightpearlConnect:(\w+)`/gm)].map((m) => m[1]!).sort();

/** Keys of the "BrightpearlConnect" object in the section's appsettings.json example. */
const documentedInExample = (): string[] => {
  const example = /```json\n([\s\S]*?)```/.exec(settingsSection())?.[1];
  if (!example) throw new Error('the Settings section has no ```json example');
  const parsed = JSON.parse(example) as { BrightpearlConnect?: Record<string, unknown> };
  return Object.keys(parsed.BrightpearlConnect ?? {}).sort();
};

describe('Kentico extension: documented settings', () => {
  it('binds a non-empty set of settings', () => {
    expect(optionProperties()).toEqual(
      expect.arrayContaining(['CompanionUrl', 'AdminTokenSecret']),
    );
  });

  it('documents every option, and only those, in the settings table', () => {
    expect(documentedInTable()).toEqual(optionProperties());
  });

  it('shows every option in the appsettings.json example', () => {
    expect(documentedInExample()).toEqual(optionProperties());
  });
});
