import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

/** Screenshots are kept as test artifacts (git-ignored) in test-artifacts/browser/. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../../test-artifacts/browser');

/** Waits for Kentico's fade-in animations to finish, then saves a full-page screenshot. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
