import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * Compulsory two-factor must hold on every path to newsroom content: the admin pages (whatever
 * headers the client sends) and the reader-side draft preview. Next's request APIs and the
 * database are stood in for; the decisions under test are the real ones.
 */

const state = vi.hoisted(() => ({
  session: null as null | { sessionId: string; mfaVerified: boolean; expiresAt: Date; user: Record<string, unknown> },
  required: true,
  headers: new Headers(),
  articleReads: [] as number[],
}));

vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => ({ value: 'a-session-token' }) }),
  headers: async () => state.headers,
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
}));
vi.mock('@/db', () => ({ withDb: (_label: string, run: (db: unknown) => unknown) => run({}) }));
vi.mock('@/lib/auth/sessions', () => ({ validateSession: async () => state.session }));
vi.mock('@/lib/auth/settings', () => ({ isTwoFactorRequired: async () => state.required, readTwoFactorRequired: async () => state.required }));
vi.mock('@/lib/data/reader-queries', () => ({
  getArticleDetailById: async (_db: unknown, id: number) => {
    state.articleReads.push(id);
    return { id, locale: 'fr', title: 'Brouillon confidentiel', publishedAt: new Date(0).toISOString(), section: { slug: 'maroc' } };
  },
}));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key, setRequestLocale: () => {} }));
vi.mock('@/components/site/ad-slot', () => ({ AdSlot: () => null }));
vi.mock('@/components/site/article-view', () => ({ ArticleView: () => null }));
vi.mock('@/components/site/site-header', () => ({ SiteHeader: () => null }));

const { requireAdminPage, requireAdminUser } = await import('@/lib/auth/current-user');
const { default: PreviewPage } = await import('@/app/[locale]/(site)/preview/[id]/page');

function signedIn(options: { mfaVerified?: boolean; enrolled: boolean }) {
  state.session = {
    sessionId: 's',
    mfaVerified: options.mfaVerified ?? true,
    expiresAt: new Date(8.64e15),
    user: { id: 7, email: 'redaction@jarida.test', name: 'Rédaction', role: 'editor', locale: 'fr', authorId: null, totpEnabledAt: options.enrolled ? new Date(0) : null },
  };
}

async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'rendered';
  } catch (error) {
    return (error as Error).message;
  }
}

const preview = (id: string) => outcome(() => PreviewPage({ params: Promise.resolve({ locale: 'fr', id }) } as never));

beforeEach(() => {
  state.required = true;
  state.headers = new Headers();
  state.articleReads = [];
});

describe('compulsory two-factor', () => {
  it('holds an unenrolled account at enrolment even when it sends x-jarida-admin-path itself', async () => {
    signedIn({ enrolled: false });
    state.headers = new Headers({ 'x-jarida-admin-path': '/admin/fr/account' });
    expect(await outcome(() => requireAdminPage('fr'))).toBe('REDIRECT /admin/fr/account?enrol=1');
    expect(await outcome(() => requireAdminPage('fr', 'article.edit_any'))).toBe('REDIRECT /admin/fr/account?enrol=1');
  });

  it('lets that account reach only what is explicitly marked for enrolment', async () => {
    signedIn({ enrolled: false });
    expect(await outcome(() => requireAdminPage('fr', undefined, { allowUnenrolled: true }))).toBe('rendered');
    expect(await outcome(() => requireAdminUser())).toBe('Two-factor enrolment required');
    expect(await outcome(() => requireAdminUser(undefined, { allowUnenrolled: true }))).toBe('rendered');
  });

  it('lets enrolled accounts through, and everyone when two-factor is optional', async () => {
    signedIn({ enrolled: true });
    expect(await outcome(() => requireAdminPage('fr'))).toBe('rendered');
    signedIn({ enrolled: false });
    state.required = false;
    expect(await outcome(() => requireAdminPage('fr'))).toBe('rendered');
  });

  it('sends a password-only session to the second step', async () => {
    signedIn({ enrolled: true, mfaVerified: false });
    expect(await outcome(() => requireAdminPage('fr', undefined, { allowUnenrolled: true }))).toBe('REDIRECT /admin/fr/login/two-factor');
  });
});

describe('draft preview (/[locale]/preview/<id>)', () => {
  it('is a 404 for an account that has not enrolled while two-factor is compulsory, and reads nothing', async () => {
    signedIn({ enrolled: false });
    expect(await preview('54')).toBe('NOT_FOUND');
    expect(state.articleReads).toEqual([]);
  });

  it('is a 404 for a password-only session', async () => {
    signedIn({ enrolled: true, mfaVerified: false });
    expect(await preview('54')).toBe('NOT_FOUND');
    expect(state.articleReads).toEqual([]);
  });

  it('renders for a fully signed-in account', async () => {
    signedIn({ enrolled: true });
    expect(await preview('54')).toBe('rendered');
    expect(state.articleReads).toEqual([54]);
  });

  it.each(['54.0', '054', '54abc', '-1', '1e3', ' 54', '0', '99999999999'])('is a 404 for the id %j', async (id) => {
    signedIn({ enrolled: true });
    expect(await preview(id)).toBe('NOT_FOUND');
    expect(state.articleReads).toEqual([]);
  });
});

describe('ids in admin URLs', () => {
  it('the shared parser accepts only canonical positive int4 ids', async () => {
    const { parseIdParam } = await import('@/lib/http/id-param');
    for (const bad of ['54.0', '054', '54abc', '-1', '1e3', '', ' 54', '0', '0x10', '2147483648', undefined, ['54']]) {
      expect(parseIdParam(bad), String(bad)).toBeNull();
    }
    expect(parseIdParam('54')).toBe(54);
    expect(parseIdParam('2147483647')).toBe(2_147_483_647);
  });

  // Each route with an id in its path goes through that parser, so no page accepts "54.0".
  it('every admin [id] page parses its id with the shared helper', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'page.tsx' && full.includes('[id]')) pages.push(full);
      }
    };
    walk(path.join(root, 'app/admin'));
    pages.push(path.join(root, 'app/[locale]/(site)/preview/[id]/page.tsx'));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) {
      const source = fs.readFileSync(page, 'utf8');
      expect(source, path.relative(root, page)).toMatch(/\b(idParam|parseIdParam)\(rawId\)/);
      expect(source, path.relative(root, page)).not.toMatch(/Number(\.parseInt)?\(raw|Number\(value\)/);
    }
  });
});
