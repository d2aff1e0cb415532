import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pager } from '@/components/admin/pager';
import { z } from 'zod';
import { articleEditorOptions, listArticles } from '@/lib/admin/articles';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage } from '@/lib/auth/current-user';
import { formatDate } from '@/lib/time/format';
import { createArticleAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/articles'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.articles' });
  return { title: t('title') };
}

const filtersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(['draft', 'in_review', 'scheduled', 'published', 'unpublished']).optional().catch(undefined),
  section: z.coerce.number().int().positive().optional().catch(undefined),
  lang: z.enum(['fr', 'ar']).optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
  twin: z.literal('missing').optional().catch(undefined),
  page: z.coerce.number().int().positive().optional().catch(undefined),
});

export default async function ArticlesPage({ params, searchParams }: PageProps<'/admin/[locale]/articles'>) {
  const locale = resolveAdminLocale((await params).locale);
  await requireAdminPage(locale);
  const raw = await searchParams;
  const single = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]));
  const filters = filtersSchema.parse(single);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const [result, options] = await Promise.all([
    listArticles({
      q: filters.q,
      status: filters.status,
      sectionId: filters.section,
      locale: filters.lang,
      authorId: filters.author,
      missingTwin: filters.twin === 'missing',
      page: filters.page,
    }),
    articleEditorOptions(),
  ]);
  const name = (row: { nameFr: string; nameAr: string }) => (locale === 'fr' ? row.nameFr : row.nameAr);
  const filterQuery = Object.fromEntries(Object.entries(single).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'page'));

  return (
    <>
      <h1>{t('articles.title')}</h1>
      <details className="panel">
        <summary>{t('articles.new')}</summary>
        <form action={createArticleAction} className="toolbar">
          <input type="hidden" name="$locale" value={locale} />
          <div className="field">
            <label htmlFor="new-title">{t('articles.newTitle')}</label>
            <input id="new-title" name="title" type="text" maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="new-locale">{t('articles.newIn')}</label>
            <select id="new-locale" name="locale" defaultValue={locale}>
              <option value="fr">{t('articles.locales.fr')}</option>
              <option value="ar">{t('articles.locales.ar')}</option>
            </select>
          </div>
          <button type="submit">{t('articles.createDraft')}</button>
        </form>
      </details>

      <form method="get" className="toolbar" role="search">
        <div className="field">
          <label htmlFor="q">{t('common.search')}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder={t('articles.search')} />
        </div>
        <div className="field">
          <label htmlFor="status">{t('articles.status')}</label>
          <select id="status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('common.all')}</option>
            {(['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`articles.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="section">{t('articles.section')}</label>
          <select id="section" name="section" defaultValue={filters.section ?? ''}>
            <option value="">{t('common.all')}</option>
            {options.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {name(section)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="lang">{t('articles.locale')}</label>
          <select id="lang" name="lang" defaultValue={filters.lang ?? ''}>
            <option value="">{t('common.all')}</option>
            <option value="fr">{t('articles.locales.fr')}</option>
            <option value="ar">{t('articles.locales.ar')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="author">{t('articles.author')}</label>
          <select id="author" name="author" defaultValue={filters.author ?? ''}>
            <option value="">{t('common.all')}</option>
            {options.authors.map((author) => (
              <option key={author.id} value={author.id}>
                {name(author)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="twin">{t('articles.twin')}</label>
          <select id="twin" name="twin" defaultValue={filters.twin ?? ''}>
            <option value="">{t('common.all')}</option>
            <option value="missing">{t('articles.missingTwin')}</option>
          </select>
        </div>
        <button type="submit">{t('common.filter')}</button>
      </form>

      <p>{t('articles.total', { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="notice">{t('articles.noResults')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('articles.edit.titleField')}</th>
              <th scope="col">{t('articles.status')}</th>
              <th scope="col">{t('articles.locale')}</th>
              <th scope="col">{t('articles.section')}</th>
              <th scope="col">{t('articles.twin')}</th>
              <th scope="col">{t('articles.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <a href={`/admin/${locale}/articles/${item.id}`} dir="auto" lang={item.locale}>
                    {item.title}
                  </a>
                  <br />
                  <small dir="auto">{item.authorNames}</small>
                </td>
                <td>
                  <span className={`badge ${item.status}`}>{t(`articles.statuses.${item.status}`)}</span>
                </td>
                <td>{t(`articles.locales.${item.locale}`)}</td>
                <td>{item.locale === 'fr' ? item.sectionNameFr : item.sectionNameAr}</td>
                <td>
                  {item.twinId ? (
                    <a href={`/admin/${locale}/articles/${item.twinId}`}>{t(`articles.locales.${item.locale === 'fr' ? 'ar' : 'fr'}`)}</a>
                  ) : (
                    <span className="badge unpublished">{t('articles.missingTwin')}</span>
                  )}
                </td>
                <td>{formatDate(item.updatedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager locale={locale} page={result.page} pages={result.pages} base={`/admin/${locale}/articles`} query={filterQuery} />
    </>
  );
}
