import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '@/db/client';
import { apiCsp, HSTS_VALUE, readerCsp } from '@/lib/http/security-headers';
import { LoginPage, signIn } from './pages/admin-page';
import { ConsentBanner } from './pages/consent-banner';
import { SitePage } from './pages/site-page';
import { createTestAdmin } from './support/accounts';
import { useBrowser, type BrowserFixture } from './support/browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('e2eDatabaseUrl');
let browser: BrowserFixture;

/** Inline <script> elements that execute (JSON-LD is data), with their size: what a hash-based policy would have to list. */
function inlineScripts(html: string): { nonce: string | null; bytes: number; flight: boolean }[] {
  const scripts: { nonce: string | null; bytes: number; flight: boolean }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs = '', body = ''] = match;
    if (/\bsrc=/.test(attrs) || /type="application\/ld\+json"/.test(attrs)) continue;
    scripts.push({ nonce: /\bnonce="([^"]+)"/.exec(attrs)?.[1] ?? null, bytes: Buffer.byteLength(body), flight: body.includes('self.__next_f') });
  }
  return scripts;
}

/** A page that records CSP violations (the DOM event and Chromium's console report) and script errors. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const log = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      log.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The admin has no icon: Chromium's own /favicon.ico request is a 404 there, not a page problem.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, problems };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** React attaches its props to a hydrated element. */
async function isHydrated(element: Locator): Promise<boolean> {
  return element.first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps$')));
}

describe.skipIf(!baseUrl)('transport and content security headers', () => {
  browser = useBrowser();
  beforeAll(async () => {
    // With no account, the sign-in page redirects to /setup: have one so the sign-in form is what loads.
    const handle = createDb(databaseUrl, { max: 1 });
    try {
      await createTestAdmin(handle.db, { email: 'csp-e2e@example.org', password: 'Csp-e2e-password-2026', name: 'CSP E2E' });
    } finally {
      await handle.close();
    }
  });
  it('reader pages: HSTS and the static reader policy; their inline scripts are measured', async () => {
    const front = await fetch(`${baseUrl}/fr`);
    const frontHtml = await front.text();
    const article = new URL(/href="(\/fr\/article\/[^"]+)"/.exec(frontHtml)![1]!, baseUrl);
    for (const [name, response, html] of [
      ['front', front, frontHtml],
      ['article', ...(await fetch(article).then(async (r) => [r, await r.text()] as const))],
    ] as const) {
      expect(response.status, name).toBe(200);
      expect(response.headers.get('strict-transport-security'), name).toBe(HSTS_VALUE);
      expect(response.headers.get('content-security-policy'), name).toBe(readerCsp({ dev: false }));
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff');
      const scripts = inlineScripts(html);
      const flight = scripts.filter((script) => script.flight);
      // Why the reader policy keeps 'unsafe-inline': the cached page's flight data is inline, per page, without a nonce.
      console.log(
        `[csp] ${name} ${new URL(response.url).pathname}: ${scripts.length} inline scripts, ${scripts.reduce((n, s) => n + s.bytes, 0)} bytes; flight data ${flight.length} scripts, ${flight.reduce((n, s) => n + s.bytes, 0)} bytes`,
      );
      expect(flight.length, name).toBeGreaterThan(0);
      expect(scripts.every((script) => script.nonce === null), name).toBe(true);
    }
  });

  it('admin pages: a fresh nonce per request that every script carries, strict-dynamic, never framed', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${baseUrl}/admin/fr/login`, { redirect: 'manual' });
      expect(response.status).toBe(200);
      expect(response.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
      const policy = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, policy).toBeTruthy();
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const html = await response.text();
      const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(tags.length).toBeGreaterThan(0);
      expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('API responses: HSTS and a policy that loads nothing', async () => {
    const response = await fetch(`${baseUrl}/api/prayer-times?city=rabat`);
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
    expect(response.headers.get('content-security-policy')).toBe(apiCsp());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a reader page loads and hydrates with no CSP violation, the ads loaded after consent included', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${baseUrl}/fr`);
    const consent = new ConsentBanner(page);
    await consent.root.waitFor();
    await page.waitForLoadState('networkidle');
    expect(await isHydrated(consent.root.getByRole('button'))).toBe(true);
    await consent.acceptAll.click();
    await consent.waitForClosed();
    // The demo network's script and creative, which load only after consent.
    await new SitePage(page).networkCreatives.first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the admin sign-in page and the dashboard behind it load and hydrate with no CSP violation', async () => {
    const { page, problems } = await watchedPage();
    const login = new LoginPage(page);
    await login.goto(baseUrl);
    await login.email.waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => isHydrated(login.submit), { timeout: 10_000 }).toBe(true);
    expect(await violations(page)).toEqual([]);
    // Signing in submits through the hydrated form, then a client-side navigation renders the dashboard.
    await signIn(page, baseUrl, 'csp-e2e@example.org', 'Csp-e2e-password-2026');
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the watch sees violations: markup injected into a page is blocked and reported', async () => {
    // As a stored XSS would arrive: in the HTML itself, under the page's real headers.
    const cases = [
      { path: '/admin/fr/login', markup: '<script>window.__injected = 1</script>', directive: 'script-src-elem blocked inline' },
      { path: '/fr', markup: '<script src="https://attacker.example/x.js"></script>', directive: 'script-src-elem blocked https://attacker.example/x.js' },
    ];
    for (const { path, markup, directive } of cases) {
      const { page, problems } = await watchedPage();
      await page.route(`${baseUrl}${path}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('</main>', `${markup}</main>`) });
      });
      await page.goto(`${baseUrl}${path}`);
      await expect.poll(() => violations(page), { message: path }).toEqual([expect.stringContaining(directive)]);
      expect(problems.some((problem) => problem.includes('Content Security Policy')), path).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected), path).toBeUndefined();
    }
  });
});
