import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

/** Screenshots are kept as test artifacts (git-ignored) in test-artifacts/browser/. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../../test-artifacts/browser');

function artifactFile(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, `${name}.png`);
}

/** Waits for Kentico's fade-in animations to finish, then saves a full-page screenshot. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const file = artifactFile(name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const marks = globalThis as { __browserTestFailure?: string };

/**
 * After each test, a failed one leaves `failed-<test name>.png`: what the page showed when it
 * gave up (no waiting on animations here, the page may be stuck).
 */
export function keepScreenshotOnFailure(currentPage: () => Page | undefined): void {
  afterEach(async () => {
    const name = marks.__browserTestFailure;
    marks.__browserTestFailure = undefined;
    const page = currentPage();
    if (!name || !page || page.isClosed()) return;
    const file = artifactFile(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    // The test has already failed with its own message: a page too broken to capture adds nothing.
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  });
}
