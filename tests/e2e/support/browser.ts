import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, inject } from 'vitest';

/** Debian's Chromium (test tools cannot download their own browsers here). */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    const found = execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
    return found || null;
  } catch {
    return null;
  }
}

// Root in a container, and no updates, sync or QUIC traffic that could slow a run or reach the network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface BrowserFixture {
  /** A fresh context (cookies, storage, options of its own), closed when the test ends. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context of its own. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * The browser of one test file, called once in its `describe`: Chromium starts at the first page a
 * test asks for (files that skip never start it), every context a test opens is closed when that
 * test ends, and the browser when the file ends.
 */
export function useBrowser(): BrowserFixture {
  let browser: Promise<Browser> | undefined;
  const open: BrowserContext[] = [];
  const launch = () => (browser ??= chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS }));

  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    if (browser) await (await browser).close();
  });

  const newContext = async (options?: BrowserContextOptions) => {
    const context = await (await launch()).newContext(options);
    open.push(context);
    return context;
  };
  return { newContext, newPage: async (options) => (await newContext(options)).newPage() };
}

/** Collects the page's console errors and uncaught exceptions, each prefixed with its address. */
export function recordErrors(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => into.push(`${page.url()}: ${error.message}`));
}
