import { screenshot } from './support/artifacts';
import { adminSuite, brightpearlOrdersOf, openAdmin, placeSyncedOrders } from './support/admin-rig';
import { pageApi } from './support/page-api';
import { waitForCatalogImport } from '../support/stock-helpers';

describe('a transform edited on Transforms: tested, previewed at zero calls, saved, applied', () => {
  const suite = adminSuite();

  beforeAll(async () => {
    // A synced order is the sample the expression is tested and previewed with.
    await placeSyncedOrders(suite.rig, 1);
  });

  it('shows the changed reference in the draft column, then sends it with the next order', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'transforms' });
    const reference = page.getByLabel(/\(ref\)$/);
    await reference.fill('"WEB-" & OrderNumber');
    await page
      .getByRole('button', { name: /^Test .*/ })
      .first()
      .click();
    await page.getByRole('status').filter({ hasText: 'Gives "WEB-' }).waitFor();

    await page.getByRole('button', { name: 'Preview current and draft' }).click();
    await page.getByRole('status').filter({ hasText: '0 Brightpearl calls' }).waitFor();
    const changed = page.getByRole('row').filter({ hasText: /^ref/ });
    await changed.filter({ hasText: '"WEB-' }).waitFor();
    await screenshot(page, 'transforms');

    await page.getByLabel('What changed (kept with the version)').fill('Web prefix on refs');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 2' }).waitFor();

    const [order] = await placeSyncedOrders(rig, 1);
    const sent = brightpearlOrdersOf(rig, order!.OrderGUID);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.ref).toBe(`WEB-${order!.OrderNumber}`);
    expect(browser.problems).toEqual([]);
  });

  it('shows a bad expression at its field, and does not save it', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'transforms' });
    await page.getByLabel(/\(ref\)$/).fill('$uppercse(OrderNumber)');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor();
    await page
      .getByText(/transforms\.salesOrder\.ref/)
      .first()
      .waitFor();
    const current = await pageApi<{ version: number }>(page, {
      method: 'GET',
      path: '/mappings/current',
    });
    expect(current.version).toBe(2);
    // Validation answers 200 with issues: the page saw no failed request.
    expect(browser.problems).toEqual([]);
  });

  it('lets a viewer test and preview, but not save', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'transforms', as: 'viewer' });
    const save = page.getByRole('button', { name: 'Save as new version' });
    await save.waitFor();
    expect(await save.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Preview current and draft' }).click();
    await page.getByRole('status').filter({ hasText: '0 Brightpearl calls' }).waitFor();
    expect(browser.problems).toEqual([]);
  });

  it('previews a product catalog sync read: the edited name goes to Kentico', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await waitForCatalogImport(rig);
    // The viewer of the test before is still signed in: back to an editor.
    await openAdmin(page, { rig, screen: 'transforms', as: 'admin' });
    // Kentico's Select is a combobox whose options are menu items: the first one is the record.
    await page.getByRole('combobox').first().click();
    await page
      .getByTestId('menu-item')
      .filter({ hasText: 'Brightpearl product → Kentico' })
      .click();
    await page.getByLabel(/\(name\)$/).fill('$uppercase(name)');
    await page.getByRole('button', { name: 'Preview current and draft' }).click();
    await page.getByRole('status').filter({ hasText: '0 Brightpearl calls' }).waitFor();
    const changed = page.getByRole('row').filter({ hasText: /^products\[0\]\.name/ });
    expect(await changed.count()).toBe(1);
    expect(await page.getByText('Sent to Kentico: PUT /products').count()).toBe(2);
    await screenshot(page, 'transforms-product');
    expect(browser.problems).toEqual([]);
  });
});
