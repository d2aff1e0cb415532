import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, languageName, languageOptions, openAdminPage } from '@/components/admin/admin-page';
import { ListPage } from '@/components/admin/list-page';
import { Panel } from '@/components/admin/page-frame';
import { pageParam, textParam } from '@/components/admin/page-params';
import { withDb } from '@/db';
import { listTags } from '@/lib/admin/tags';
import { isAppLocale, localeDirection } from '@/lib/i18n/routing';
import { createTagAction } from './actions';
import { TagFields } from './tag-fields';

export const generateMetadata = adminTitle((t) => t('tags.title'));

export default async function TagsPage({ params, searchParams }: PageProps<'/admin/[locale]/tags'>) {
  const { locale, t } = await openAdminPage(params, 'taxonomy.manage');
  const query = await searchParams;
  const filterLocale = isAppLocale(query.lang) ? query.lang : null;
  const q = textParam(query.q);
  const result = await withDb('tags', (db) => listTags(db, { locale: filterLocale, q, page: pageParam(query.page) }));
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
      columns={[
        { header: t('tags.name'), cell: (tag) => tag.name, td: (tag) => ({ lang: tag.locale, dir: localeDirection(tag.locale) }) },
        { header: t('tags.slug'), cell: (tag) => <code dir="auto">{tag.slug}</code> },
        { header: t('common.language'), cell: (tag) => languageName(t, tag.locale) },
        { header: t('tags.articles'), cell: (tag) => tag.articleCount },
      ]}
      editHref={(tag) => `/admin/${locale}/tags/${tag.id}`}
      pager={{ page: result.page, pages: result.pages, base: `/admin/${locale}/tags`, query: { lang: filterLocale ?? '', q } }}
    >
      <Panel id="new-tag" title={t('tags.new')}>
        <ActionForm action={createTagAction} locale={locale} submitLabel={t('tags.create')} pendingLabel={t('common.saving')}>
          <TagFields locale={locale} defaultLocale={filterLocale ?? locale} />
        </ActionForm>
      </Panel>
    </ListPage>
  );
}
