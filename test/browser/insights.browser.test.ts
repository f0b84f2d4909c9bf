import { setTimeout as sleep } from 'node:timers/promises';

import type { Insights } from '@bpkc/shared-types';
import type { Page } from 'playwright-core';

import { waitForCatalogImport } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';
import {
  adminSuite,
  openAdmin,
  placeSyncedOrders,
  placeUnmappedShippingOrder,
} from './support/admin-rig';
import { screenshot } from './support/artifacts';
import { pageApi } from './support/page-api';

/** The first series' colour of every chart (insights/chart-options.ts PALETTE[0]). */
const FIRST_SERIES_RGB = [0x1f, 0x6f, 0xd1];

/** Pixels of a chart's canvas drawn in its first series' colour: the data, not the axes. */
function seriesPixels(page: Page, chart: string): Promise<number> {
  return page.locator(`figure[data-chart="${chart}"] canvas`).evaluate((element, rgb) => {
    const canvas = element as HTMLCanvasElement;
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near = [0, 1, 2].every((c) => Math.abs(data[i + c]! - rgb[c]!) < 24);
      if (near && data[i + 3]! > 200) count++;
    }
    return count;
  }, FIRST_SERIES_RGB);
}

const sum = (values: ReadonlyArray<number | null>) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);
const peak = (values: ReadonlyArray<number | null>) =>
  Math.max(...values.filter((value): value is number => value !== null));
const figure = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en');

describe('Insights screen (real Kentico bundles through SystemJS)', () => {
  // A realistic account cap (200 per minute), so the budget chart shows what a merchant would see.
  const suite = adminSuite({ cap: 200, catalogSize: 20 });

  it('charts a sandbox run: orders, stock pushes, a failure, budget and latency, as the API says', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await waitForCatalogImport(rig);
    await rig.companion.runStockFullCompare(); // writes every SKU's stock to Kentico
    await placeSyncedOrders(rig, 3);

    // No failure yet: that chart says so instead of drawing an empty plot.
    await openAdmin(page, { rig, screen: 'insights' });
    const failuresCard = page.locator('figure[data-chart="failures"]');
    await failuresCard.getByText('No failure was opened in this period.').waitFor();
    expect(await failuresCard.locator('canvas').count()).toBe(0);

    await placeUnmappedShippingOrder(rig);
    // The scheduled roll-up (every 30 s) brings the hour still filling up to date; reading only
    // reads. The budget sampler writes every few seconds.
    await waitFor(
      async () => {
        await sleep(1_000); // well inside the admin API's rate limit
        const now = await pageApi<Insights>(page, { method: 'GET', path: '/insights?range=24h' });
        const { totals } = now;
        return totals.requestsSent > 0 && totals.ordersSynced === 3 && totals.failures === 1;
      },
      { timeoutMs: 90_000 },
    );
    const answer = page.waitForResponse((r) => r.url().includes('/api/v1/insights?range=24h'));
    await page.reload();
    const insights = (await (await answer).json()) as Insights;
    await page.locator('figure[data-chart="latency"] canvas').waitFor();

    // What the sandbox did, as the API reports it.
    expect(insights.totals.ordersSynced).toBe(3);
    expect(insights.totals.stockPushes).toBeGreaterThanOrEqual(rig.catalog.length);
    expect(insights.hourly.failuresByReason.map((f) => [f.reason, sum(f.counts)])).toEqual([
      ['unmapped-shipping-method', 1],
    ]);
    expect(peak(insights.hourly.latencyP95Seconds)).toBeGreaterThan(0);

    // The screen says the same numbers and draws them.
    const summary = (chart: string) =>
      page.locator(`figure[data-chart="${chart}"] figcaption`).textContent();
    const { hourly, budget } = insights;
    expect(await summary('work')).toBe(
      `Totals: Orders synced: ${sum(hourly.ordersSynced)}, Stock pushes (products): ${sum(hourly.stockPushes)}`,
    );
    expect(await summary('failures')).toBe('Totals: Unmapped shipping method: 1');
    expect(await summary('budget')).toBe(
      `Highest: Our requests (per minute): ${figure(peak(budget.requestsSent))}, ` +
        `Account had left (least): ${figure(peak(budget.remainingMin))}`,
    );
    expect(await summary('latency')).toBe(
      `Highest: Median (p50), seconds: ${figure(peak(hourly.latencyP50Seconds))}, ` +
        `95th percentile (p95), seconds: ${figure(peak(hourly.latencyP95Seconds))}`,
    );
    for (const chart of ['work', 'failures', 'budget', 'latency']) {
      expect(await seriesPixels(page, chart)).toBeGreaterThan(0);
    }

    // The table alternative lists the same hour figures.
    const work = page.locator('figure[data-chart="work"]');
    await work.getByRole('button', { name: 'Show the numbers' }).click();
    const cells = await work.locator('tbody tr td:first-of-type').allTextContents();
    expect(sum(cells.map((cell) => Number(cell.replace(/,/g, ''))))).toBe(3);

    await screenshot(page, 'insights');
    expect(browser.problems).toEqual([]);
  });

  it('switches to the last 7 days: hourly series, the budget per hour', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'insights' });
    await page.locator('figure[data-chart="work"] canvas').waitFor();
    const answer = page.waitForResponse((r) => r.url().includes('/api/v1/insights?range=7d'));
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    const insights = (await (await answer).json()) as Insights;

    expect(insights.hourly.buckets).toHaveLength(7 * 24);
    expect(insights.budget.resolution).toBe('hour');
    expect(sum(insights.hourly.ordersSynced)).toBe(3);
    await page
      .locator('figure[data-chart="budget"] figcaption')
      .getByText(/^Highest: Our requests \(per minute, hourly average\)/)
      .waitFor();
    expect(await seriesPixels(page, 'work')).toBeGreaterThan(0);
    expect(browser.problems).toEqual([]);
  });
});
