import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ARTIFACTS_DIR, screenshot } from './support/artifacts';
import { adminSuite, openAdmin } from './support/admin-rig';
import { pageApi } from './support/page-api';

interface Current {
  version: number;
  comment: string | null;
  mapping: { settings: { alerts: { emailTo?: string[]; digestSeconds?: number } } };
}

const currentOf = (page: Parameters<typeof pageApi>[0]) =>
  pageApi<Current>(page, { method: 'GET', path: '/mappings/current' });

describe('Configuration and Settings: templates, export/import with a diff, settings saved', () => {
  const suite = adminSuite();

  it('offers templates on first setup; a preview, then Apply, stores a new version', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'configuration' });
    await page.getByText('First setup: start from a template').waitFor();
    await page
      .getByRole('button', { name: /^Preview / })
      .first()
      .click();
    await page.getByText('Preview of').waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'templates');
    await page.getByRole('button', { name: /^Apply / }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 2' }).waitFor();
    const current = await currentOf(page);
    expect(current.version).toBe(2);
    expect(current.comment).toMatch(/^Template: /);
    expect(browser.problems).toEqual([]);
  });

  it('exports the configuration, and imports an edited copy after showing its diff', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'configuration' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download configuration' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      source: { mappingVersion: number };
      configuration: { settings: { alerts: Record<string, unknown> } };
    };
    expect(exported.source.mappingVersion).toBe(2);
    exported.configuration.settings.alerts.digestSeconds = 900;
    const edited = path.join(ARTIFACTS_DIR, 'configuration-edited.json');
    writeFileSync(edited, JSON.stringify(exported, null, 2));

    await page.locator('input[type="file"]').setInputFiles(edited);
    const change = page.getByRole('row').filter({ hasText: 'Alert digest every (seconds)' });
    await change.filter({ hasText: '900' }).waitFor();
    expect(await change.textContent()).toContain('settings.alerts.digestSeconds');
    await screenshot(page, 'import-diff');
    await page.getByLabel('Why (kept with the version)').fill('Digest every 15 minutes');
    await page.getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 3' }).waitFor();
    const current = await currentOf(page);
    expect(current.mapping.settings.alerts.digestSeconds).toBe(900);
    expect(current.comment).toBe('Digest every 15 minutes');
    expect(browser.problems).toEqual([]);
  });

  it('saves alert recipients from Settings as a new version', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'settings' });
    await page.getByText('Flows', { exact: true }).waitFor();
    await page
      .getByLabel('E-mail recipients (comma-separated)')
      .fill('ops@example.com, it@example.com');
    await page.getByLabel('What changed (kept with the version)').fill('Alert the ops team');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 4' }).waitFor();
    await screenshot(page, 'settings');
    const current = await currentOf(page);
    expect(current.mapping.settings.alerts.emailTo).toEqual(['ops@example.com', 'it@example.com']);
    expect(current.mapping.settings.alerts.digestSeconds).toBe(900);
    expect(browser.problems).toEqual([]);
  });

  it('lets a viewer check an import but not apply it or save settings', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'settings', as: 'viewer' });
    const save = page.getByRole('button', { name: 'Save as new version' });
    await save.waitFor();
    expect(await save.isDisabled()).toBe(true);
    await openAdmin(page, { rig, screen: 'configuration', as: 'viewer' });
    await page
      .locator('input[type="file"]')
      .setInputFiles(path.join(ARTIFACTS_DIR, 'configuration-edited.json'));
    const apply = page.getByRole('button', { name: 'Apply import' });
    await apply.waitFor();
    expect(await apply.isDisabled()).toBe(true);
    expect(browser.problems).toEqual([]);
  });
});
