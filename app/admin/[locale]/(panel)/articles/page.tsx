import { adminTitle, localizedName, openAdminPage } from '@/components/admin/admin-page';
import { ListPage, type Column, type FilterBarProps } from '@/components/admin/list-page';
import { Options } from '@/components/admin/options';
import { z } from 'zod';
import { articleEditorOptions, listArticles } from '@/lib/admin/articles';
import { formatDate } from '@/lib/time/format';
import { createArticleAction } from './actions';
import { otherLocale } from '@/lib/i18n/routing';

const STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;

const filtersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  section: z.coerce.number().int().positive().optional().catch(undefined),
  lang: z.enum(['fr', 'ar']).optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
  twin: z.literal('missing').optional().catch(undefined),
  page: z.coerce.number().int().positive().optional().catch(undefined),
});

export default async function ArticlesPage(props: PageProps<'/admin/[locale]/articles'>) {
  const { locale, t, query } = await openAdminPage(props);
  const single = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]));
  const filters = filtersSchema.parse(single);
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
  const filterQuery = Object.fromEntries(Object.entries(single).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'page'));
  const locales = (['fr', 'ar'] as const).map((value) => ({ value, label: t(`articles.locales.${value}`) }));

  const columns: Column<(typeof result.items)[number]>[] = [
    {
      header: t('articles.edit.titleField'),
      cell: (item) => (
        <>
          <a href={`/admin/${locale}/articles/${item.id}`} dir="auto" lang={item.locale}>
            {item.title}
          </a>
          <br />
          <small dir="auto">{item.authorNames}</small>
        </>
      ),
    },
    { header: t('articles.status'), cell: (item) => <span className={`badge ${item.status}`}>{t(`articles.statuses.${item.status}`)}</span> },
    { header: t('articles.locale'), cell: (item) => t(`articles.locales.${item.locale}`) },
    { header: t('articles.section'), cell: (item) => (item.locale === 'fr' ? item.sectionNameFr : item.sectionNameAr) },
    {
      header: t('articles.twin'),
      cell: (item) =>
        item.twinId ? (
          <a href={`/admin/${locale}/articles/${item.twinId}`}>{t(`articles.locales.${otherLocale(item.locale)}`)}</a>
        ) : (
          <span className="badge unpublished">{t('articles.missingTwin')}</span>
        ),
    },
    { header: t('articles.updated'), cell: (item) => formatDate(item.updatedAt, locale) },
  ];
  const filterBar: FilterBarProps = {
    submit: t('common.filter'),
    filters: [
      { kind: 'search', id: 'q', name: 'q', label: t('common.search'), value: filters.q, placeholder: t('articles.search') },
      {
        kind: 'select',
        id: 'status',
        name: 'status',
        label: t('articles.status'),
        value: filters.status,
        options: STATUSES.map((status) => ({ value: status, label: t(`articles.statuses.${status}`) })),
      },
      {
        kind: 'select',
        id: 'section',
        name: 'section',
        label: t('articles.section'),
        value: filters.section,
        options: options.sections.map((section) => ({ value: section.id, label: localizedName(section, locale) })),
      },
      { kind: 'select', id: 'lang', name: 'lang', label: t('articles.locale'), value: filters.lang, options: locales },
      {
        kind: 'select',
        id: 'author',
        name: 'author',
        label: t('articles.author'),
        value: filters.author,
        options: options.authors.map((author) => ({ value: author.id, label: localizedName(author, locale) })),
      },
      { kind: 'select', id: 'twin', name: 'twin', label: t('articles.twin'), value: filters.twin, options: [{ value: 'missing', label: t('articles.missingTwin') }] },
    ],
  };
  return (
    <ListPage
      locale={locale}
      title={t('articles.title')}
      lead={
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
                <Options options={locales} />
              </select>
            </div>
            <button type="submit">{t('articles.createDraft')}</button>
          </form>
        </details>
      }
      filters={filterBar}
      summary={<p>{t('articles.total', { count: result.total })}</p>}
      rows={result.items}
      columns={columns}
      emptyNotice={t('articles.noResults')}
      pager={{ page: result.page, pages: result.pages, base: `/admin/${locale}/articles`, query: filterQuery }}
    />
  );
}

export const generateMetadata = adminTitle((t) => t('articles.title'));
