import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artifacts';
import { adminSuite, openAdmin, placeSyncedOrders } from './support/admin-rig';

const CATALOG = 2_000;
const VIEW_ONLY_SCREENS = [
  'orders',
  'mappings',
  'rules',
  'held',
  'suggestions',
  'transforms',
  'settings',
  'configuration',
  'connection',
];

describe('Jobs and Audit screens (real Kentico bundles through SystemJS)', () => {
  // The real Brightpearl cap (200 a minute), so the Overview screenshot shows what a merchant sees.
  const suite = adminSuite({ cap: 200, catalogSize: CATALOG, fullCompareMinutes: 60 });
  const placed: Array<{ OrderGUID: string; OrderNumber: string }> = [];
  const importFinished = async () =>
    (await suite.rig.companion.status()).catalog.import?.status === 'finished';

  it('Overview at the real budget (screenshot for the docs)', async () => {
    const { rig, browser } = suite;
    placed.push(...(await placeSyncedOrders(rig, 4)));
    await openAdmin(browser.page, { rig, screen: 'overview' });
    await browser.page.getByText('Received since start').waitFor();
    await browser.page.getByText('Connected').first().waitFor();
    expect(await browser.page.title()).toMatch(/^Brightpearl Connect/);
    await screenshot(browser.page, 'overview-real-cap');
    expect(browser.problems).toEqual([]);
  });

  it('Run now: the product import bar advances to done of total and finishes', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await waitFor(importFinished, { timeoutMs: 120_000 });
    // Slow Brightpearl answers, so the run lasts long enough to watch the bar move.
    rig.brightpearl.setFaults({ slowMs: { rate: 1, ms: 600 } });
    await openAdmin(page, { rig, screen: 'jobs' });
    await page.getByText('Product import from Brightpearl', { exact: true }).waitFor();
    expect(await page.title()).toMatch(/^Jobs/);
    const card = page.locator('[data-percent]').first();
    await page.getByRole('button', { name: 'Run now' }).first().click();
    await page
      .getByText(/^Running/)
      .first()
      .waitFor();

    const seen = new Set<number>();
    let pictured = false;
    await waitFor(
      async () => {
        const percent = Number(await card.getAttribute('data-percent'));
        seen.add(percent);
        // The docs' picture shows the bar on its way, with the time left.
        if (!pictured && percent >= 20 && percent <= 80) {
          pictured = true;
          await screenshot(page, 'jobs');
        }
        return (await page.getByTestId('catalog-import-state').textContent())!.startsWith(
          'Finished',
        );
      },
      { timeoutMs: 120_000 },
    );
    rig.brightpearl.setFaults({});
    expect([...seen].some((percent) => percent > 0 && percent < 100)).toBe(true);
    expect(await page.getByTestId('catalog-import-done').textContent()).toBe(
      '2,000 of 2,000 products',
    );
    await page.getByText('Full stock check', { exact: true }).first().waitFor();
    await page.getByText('Last run').first().waitFor();
    expect(pictured).toBe(true);
    expect(browser.problems).toEqual([]);
  });

  it('Audit: actions done through the screens appear with who did them, filterable', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'jobs' });
    const stockRunNow = page.getByRole('button', { name: 'Run now' }).nth(1);
    const stockState = page.getByTestId('stock-compare-state');
    // The schedule's own first compare may be running: Run now is offered once it has finished.
    await waitFor(async () => !(await stockRunNow.isDisabled()));
    await stockRunNow.click();
    await waitFor(async () => (await stockState.textContent())?.startsWith('Finished'));

    await openAdmin(page, { rig, screen: 'orders' });
    const order = placed[0]!;
    await page
      .getByRole('row')
      .filter({ hasText: order.OrderNumber })
      .getByTestId('button-resend')
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Resend' }).click();
    await page.getByRole('status').filter({ hasText: 'queued for Brightpearl' }).waitFor();

    await openAdmin(page, { rig, screen: 'audit' });
    await page.getByText('3 actions recorded').waitFor();
    // The person's full name (the admin token's name), not their user id.
    expect(await page.getByText('Sandbox administrator', { exact: true }).count()).toBe(3);
    expect(await page.getByText('sandbox-admin', { exact: true }).count()).toBe(0);
    await page.getByText('Sent an order to Brightpearl again').waitFor();
    await page.getByRole('link', { name: 'Product import' }).waitFor();
    await page.getByRole('link', { name: 'Full stock check' }).waitFor();
    await page.getByText('Started the product import').waitFor();
    await screenshot(page, 'audit');

    // Who: part of a name, in any case.
    const who = page.getByLabel('Who');
    await who.fill('ADMINISTRATOR');
    await page.getByText('3 actions recorded').waitFor();
    await who.fill('someone else');
    await page.getByText('No action matches these filters.').waitFor();
    await who.fill('');
    await page.getByText('3 actions recorded').waitFor();

    // Kentico's Select is a combobox whose options are menu items.
    await page.getByRole('combobox').nth(1).click();
    await page.getByTestId('menu-item').filter({ hasText: 'Orders' }).click();
    await page.getByText('1 action recorded').waitFor();
    const link = page.getByRole('link', { name: `Order ${order.OrderGUID.slice(0, 8)}…` });
    expect(await link.getAttribute('href')).toBe(`orders/${order.OrderGUID}`);
    await page.getByRole('combobox').first().click();
    await page.getByTestId('menu-item').filter({ hasText: 'Started a job' }).click();
    await page.getByText('No action matches these filters.').waitFor();
    expect(browser.problems).toEqual([]);
  });

  it('a view-only user watches the jobs and is told why Run now is off', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'jobs', as: 'viewer' });
    await page.getByText(/may view the jobs but not start them/).waitFor();
    const runNow = page.getByRole('button', { name: 'Run now' }).first();
    expect(await runNow.isDisabled()).toBe(true);
    // Every screen with controls says why they are off, in the same words.
    for (const screen of VIEW_ONLY_SCREENS) {
      await openAdmin(page, { rig, screen, as: 'viewer' });
      await page
        .getByRole('note')
        .filter({ hasText: /^Your Kentico role may view .+ but not .+: ask an administrator/ })
        .waitFor();
    }
    expect(browser.problems).toEqual([]);
  });
});
