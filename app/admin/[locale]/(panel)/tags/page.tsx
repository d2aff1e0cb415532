import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { listTags } from '@/lib/admin/tags';
import { requireAdminPage } from '@/lib/auth/current-user';
import { isAppLocale } from '@/lib/i18n/routing';
import { Pager } from '@/components/admin/pager';
import { pageParam, textParam } from '../_content/params';
import { createTagAction } from './actions';
import { TagFields } from './tag-fields';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/tags'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.tags' });
  return { title: t('title') };
}

export default async function TagsPage({ params, searchParams }: PageProps<'/admin/[locale]/tags'>) {
  const locale = resolveAdminLocale((await params).locale);
  await requireAdminPage(locale, 'taxonomy.manage');
  const query = await searchParams;
  const filterLocale = isAppLocale(query.lang) ? query.lang : null;
  const q = textParam(query.q);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const result = await listTags({ locale: filterLocale, q, page: pageParam(query.page) });
  return (
    <>
      <h1>{t('tags.title')}</h1>
      {query.deleted === '1' ? <p className="notice ok" role="status">{t('tags.deleted')}</p> : null}
      <form className="toolbar" method="get" role="search">
        <div className="field">
          <label htmlFor="tags-lang">{t('common.language')}</label>
          <select id="tags-lang" name="lang" defaultValue={filterLocale ?? ''}>
            <option value="">{t('common.all')}</option>
            <option value="fr">{t('common.french')}</option>
            <option value="ar">{t('common.arabic')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="tags-q">{t('common.search')}</label>
          <input id="tags-q" type="search" name="q" defaultValue={q} dir="auto" />
        </div>
        <button type="submit" className="secondary">
          {t('common.filter')}
        </button>
      </form>
      {result.items.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('tags.name')}</th>
              <th scope="col">{t('tags.slug')}</th>
              <th scope="col">{t('common.language')}</th>
              <th scope="col">{t('tags.articles')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((tag) => (
              <tr key={tag.id}>
                <td lang={tag.locale} dir={tag.locale === 'ar' ? 'rtl' : 'ltr'}>
                  {tag.name}
                </td>
                <td>
                  <code dir="auto">{tag.slug}</code>
                </td>
                <td>{tag.locale === 'fr' ? t('common.french') : t('common.arabic')}</td>
                <td>{tag.articleCount}</td>
                <td>
                  <a href={`/admin/${locale}/tags/${tag.id}`}>{t('common.edit')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager locale={locale} page={result.page} pages={result.pages} base={`/admin/${locale}/tags`} query={{ lang: filterLocale ?? '', q }} />
      <section className="panel" aria-labelledby="new-tag">
        <h2 id="new-tag">{t('tags.new')}</h2>
        <ActionForm action={createTagAction} locale={locale} submitLabel={t('tags.create')} pendingLabel={t('common.saving')}>
          <TagFields locale={locale} defaultLocale={filterLocale ?? locale} />
        </ActionForm>
      </section>
    </>
  );
}
