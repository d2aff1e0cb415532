import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import arCore from '@/messages/admin/ar/core.json';
import frCore from '@/messages/admin/fr/core.json';

/*
 * A failure or a 404 under /admin/<locale>/ shows the newsroom's own page, in that language
 * (Arabic right to left), never the reader's French panel and never the error's message or stack.
 */
const current = vi.hoisted(() => ({ locale: 'ar' }));
vi.mock('next/navigation', () => ({ useParams: () => ({ locale: current.locale }) }));
vi.mock('next/root-params', () => ({ locale: async () => current.locale }));
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: 'fr' | 'ar'; namespace: string }) => {
    expect(namespace).toBe('Admin.boundary');
    const table = (locale === 'ar' ? arCore : frCore).boundary as Record<string, string>;
    return (key: string) => table[key];
  },
}));

const { default: AdminError } = await import('@/app/admin/[locale]/error');
const { default: AdminNotFound } = await import('@/app/admin/[locale]/not-found');

function failure() {
  const error = new Error('relation "articles" does not exist at /srv/jarida/lib/admin/articles.ts:42') as Error & { digest?: string };
  error.digest = '2718281828';
  return error;
}

describe('admin error boundary', () => {
  it.each([
    ['ar', 'rtl', arCore.boundary],
    ['fr', 'ltr', frCore.boundary],
  ] as const)('%s: localized, %s, with the digest and without the message or stack', (locale, dir, t) => {
    current.locale = locale;
    const html = renderToStaticMarkup(createElement(AdminError, { error: failure(), reset: () => {} }));
    expect(html).toContain(`dir="${dir}"`);
    expect(html).toContain(`lang="${locale}"`);
    expect(html).toContain(t.errorTitle);
    expect(html).toContain(t.retry);
    expect(html).toContain(`href="/admin/${locale}"`);
    expect(html).toContain('2718281828');
    expect(html).not.toMatch(/relation|articles\.ts|at \//);
  });

  it('the reader panel strings never appear in the admin one', () => {
    current.locale = 'ar';
    const html = renderToStaticMarkup(createElement(AdminError, { error: failure(), reset: () => {} }));
    expect(html).not.toContain("Quelque chose s'est mal passé");
    expect(html).not.toContain('href="/ar"');
  });
});

describe('admin not-found page', () => {
  it.each([
    ['ar', 'rtl', arCore.boundary],
    ['fr', 'ltr', frCore.boundary],
  ] as const)('%s: localized and %s', async (locale, dir, t) => {
    current.locale = locale;
    const html = renderToStaticMarkup(await AdminNotFound());
    expect(html).toContain(`dir="${dir}"`);
    expect(html).toContain(t.notFoundTitle);
    expect(html).toContain(`href="/admin/${locale}"`);
  });
});
