import { adminTitle, languageName, languageOptions, openAdminPage } from '@/components/admin/admin-page';
import { CreatePanel, ListPage, type Column } from '@/components/admin/list-page';
import { pageParam, textParam } from '@/components/admin/page-params';
import { listTags } from '@/lib/admin/tags';
import { isAppLocale, localeDirection } from '@/lib/i18n/routing';
import { createTagAction } from './actions';
import { TagFields } from './tag-fields';

export default async function TagsPage(props: PageProps<'/admin/[locale]/tags'>) {
  const { locale, t, query } = await openAdminPage(props, 'taxonomy.manage');
  const filterLocale = isAppLocale(query.lang) ? query.lang : null;
  const q = textParam(query.q);
  const result = await listTags({ locale: filterLocale, q, page: pageParam(query.page) });
  const columns: Column<(typeof result.items)[number]>[] = [
    { header: t('tags.name'), cell: (tag) => tag.name, td: (tag) => ({ lang: tag.locale, dir: localeDirection(tag.locale) }) },
    { header: t('tags.slug'), cell: (tag) => <code dir="auto">{tag.slug}</code> },
    { header: t('common.language'), cell: (tag) => languageName(t, tag.locale) },
    { header: t('tags.articles'), cell: (tag) => tag.articleCount },
  ];
  return (
    <ListPage
      locale={locale}
      title={t('tags.title')}
      notices={[query.deleted === '1' && t('tags.deleted')]}
      filters={{
        submit: t('common.filter'),
        secondarySubmit: true,
        filters: [
          { kind: 'select', id: 'tags-lang', name: 'lang', label: t('common.language'), value: filterLocale, options: languageOptions(t) },
          { kind: 'search', id: 'tags-q', name: 'q', label: t('common.search'), value: q, dir: 'auto' },
        ],
      }}
      rows={result.items}
      columns={columns}
      edit="tags"
      pager={{ page: result.page, pages: result.pages, base: `/admin/${locale}/tags`, query: { lang: filterLocale ?? '', q } }}
    >
      <CreatePanel locale={locale} id="new-tag" title={t('tags.new')} action={createTagAction} submitLabel={t('tags.create')}>
        <TagFields locale={locale} defaultLocale={filterLocale ?? locale} />
      </CreatePanel>
    </ListPage>
  );
}

export const generateMetadata = adminTitle((t) => t('tags.title'));
