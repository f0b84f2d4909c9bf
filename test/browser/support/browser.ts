import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (apt install chromium); never a test tool's own browser download. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium tries Google's hosts, which this machine's
// closed network refuses at every start.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  page: Page;
  /** The browser profile: new tabs (e.g. Brightpearl's consent page) open here. */
  context: BrowserContext;
  /** Console errors/warnings, page errors, failed requests and >= 400 answers seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Problems the browser reports while a test runs; the tests expect none unless they cause them. */
function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page aborts its requests still in flight (a refresh poll): not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

/** Headless Chromium with a fresh profile and HOME, watching for problems. */
export async function openBrowser(): Promise<BrowserSession> {
  const home = mkdtempSync(path.join(tmpdir(), 'bpkc-browser-'));
  const context: BrowserContext = await chromium.launchPersistentContext(
    path.join(home, 'profile'),
    {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      env: { ...process.env, HOME: home },
      viewport: { width: 1400, height: 1000 },
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  watch(page, problems);
  return {
    page,
    context,
    problems,
    async close() {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
