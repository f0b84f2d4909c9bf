import { screenshot } from './support/artifacts';
import type { BrowserSession } from './support/browser';
import { openAdmin, placeSyncedOrders, adminSuite } from './support/admin-rig';

/** A call from the page with the token the shell handed the template (or a given one). */
async function callApi(
  browser: BrowserSession,
  request: { method: string; path: string; token?: string | null },
): Promise<number> {
  return browser.page.evaluate(async ({ method, path, token }) => {
    const config = JSON.parse(document.getElementById('shell-config')!.textContent!) as {
      props: { companionUrl: string; adminToken: string };
    };
    const bearer = token === undefined ? config.props.adminToken : token;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (bearer !== null) headers.Authorization = `Bearer ${bearer}`;
    const response = await fetch(`${config.props.companionUrl}/api/v1${path}`, {
      method,
      headers,
      body: method === 'GET' ? undefined : '{}',
    });
    return response.status;
  }, request);
}

describe('admin tokens: refused without one, view-only users can read but not change', () => {
  // 62 s tokens: the page must renew its token through the RefreshAdminToken command.
  const suite = adminSuite({ adminTokenLifetimeSeconds: 62 });

  beforeAll(async () => {
    await placeSyncedOrders(suite.rig, 1);
  });

  it('a viewer sees every screen with the changing actions disabled, and the API refuses them', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'orders', as: 'viewer' });
    await page.getByText('Signed in as Sandbox viewer').waitFor();
    await page.getByRole('row').nth(1).waitFor();
    expect(await page.getByTestId('button-resend').first().isDisabled()).toBe(true);
    await screenshot(page, 'orders-viewer');

    await openAdmin(page, { rig, screen: 'mappings', as: 'viewer' });
    await page.getByRole('button', { name: 'Save as new version' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save as new version' }).isDisabled()).toBe(true);

    const [orderGuid] = [...rig.brightpearl.state.orders.values()].map((o) => o.externalRef);
    expect(await callApi(browser, { method: 'GET', path: '/overview' })).toBe(200);
    expect(await callApi(browser, { method: 'POST', path: `/orders/${orderGuid}/resend` })).toBe(
      403,
    );
    expect(await callApi(browser, { method: 'POST', path: '/failures/replay' })).toBe(403);
    expect(await callApi(browser, { method: 'PUT', path: '/mappings' })).toBe(403);
    expect(await callApi(browser, { method: 'GET', path: '/overview', token: null })).toBe(401);
    expect(
      await callApi(browser, { method: 'GET', path: '/overview', token: 'forged.token' }),
    ).toBe(401);
    const refusals = browser.problems.filter((p) => / (401|403): .*\/api\/v1\//.test(p));
    expect(refusals).toHaveLength(5);
    expect(
      browser.problems.filter(
        (p) => !refusals.includes(p) && !p.includes('console error: Failed to load resource'),
      ),
    ).toEqual([]);
  });

  it('renews the token through the page command before it expires', async () => {
    const { rig, browser } = suite;
    browser.problems.length = 0;
    const { page } = browser;
    const tokens = new Set<string>();
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/overview'))
        tokens.add(request.headers().authorization ?? '');
    });
    const command = page.waitForResponse(
      (response) => response.url().endsWith('/admin/api/cmd') && response.status() === 200,
      { timeout: 30_000 },
    );
    await openAdmin(page, { rig, screen: 'overview' });
    await command;
    await expectEventually(() => tokens.size >= 2);
    expect(browser.problems).toEqual([]);
  });
});

async function expectEventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 100));
  expect(check()).toBe(true);
}
