import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/article-editor/article-editor';
import { articleEditorOptions, canEditArticle, getArticleForEdit } from '@/lib/admin/articles';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { formatDateTimeLocalInput } from '@/lib/time/format';
import { idParam } from '../../_content/params';
import { createTranslationAction } from '../actions';

type Props = PageProps<'/admin/[locale]/articles/[id]'>;

/** The schedule field's default: a round time about an hour from now. */
function nextQuarterHourInAnHour(): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.ceil((Date.now() + 60 * 60_000) / quarter) * quarter);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.articles.edit' });
  return { title: t('heading') };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  const user = await requireAdminPage(locale);
  const id = idParam(rawId);
  const query = await searchParams;
  const [article, options] = await Promise.all([getArticleForEdit(id), articleEditorOptions()]);
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin.articles' });
  const messages = await getMessages({ locale });
  const name = (row: { nameFr: string; nameAr: string }) => (locale === 'fr' ? row.nameFr : row.nameAr);
  const twinLocale = article.locale === 'fr' ? 'ar' : 'fr';
  const notice = typeof query.notice === 'string' && ['restored', 'conflict', 'forbidden', 'not_found'].includes(query.notice) ? (query.notice as 'restored') : null;
  const defaultPublishAt = formatDateTimeLocalInput(article.status === 'scheduled' && article.publishedAt ? article.publishedAt : nextQuarterHourInAnHour());
  return (
    <NextIntlClientProvider locale={locale} messages={{ Admin: { articles: messages.Admin.articles, errors: messages.Admin.errors } }}>
      <h1>{t('edit.heading')}</h1>
      {notice && <p className={notice === 'restored' ? 'notice ok' : 'notice error'}>{t(`edit.notices.${notice}`)}</p>}
      <div className="toolbar">
        {article.twin ? (
          <a href={`/admin/${locale}/articles/${article.twin.id}`}>{t(`edit.openTwinIn.${twinLocale}`)}</a>
        ) : (
          can(user.role, 'article.create') && (
            <form action={createTranslationAction}>
              <input type="hidden" name="$locale" value={locale} />
              <input type="hidden" name="id" value={article.id} />
              <button type="submit" className="secondary">
                {t(`edit.translateTo.${twinLocale}`)}
              </button>
            </form>
          )
        )}
        {article.updatedByName && <span>{t('edit.lastEditedBy', { name: article.updatedByName })}</span>}
      </div>
      <ArticleEditor
        adminLocale={locale}
        article={{
          id: article.id,
          version: article.version,
          locale: article.locale,
          status: article.status,
          title: article.title,
          summary: article.summary,
          slug: article.slug,
          sectionId: article.sectionId,
          authorIds: article.authorIds,
          tagNames: article.tagNames,
          cover: article.cover,
          coverAlt: article.coverAlt,
          coverCaption: article.coverCaption,
          coverCredit: article.coverCredit,
          seoTitle: article.seoTitle ?? '',
          seoDescription: article.seoDescription ?? '',
          body: article.body,
        }}
        options={{
          sections: options.sections.map((section) => ({ id: section.id, name: name(section) })),
          authors: options.authors.map((author) => ({ id: author.id, name: name(author) })),
        }}
        permissions={{
          edit: canEditArticle({ id: user.id, role: user.role }, article),
          publish: can(user.role, 'article.publish'),
          delete: can(user.role, 'article.delete'),
        }}
        defaultPublishAt={defaultPublishAt}
        links={{
          preview: `/${article.locale}/preview/${article.id}`,
          revisions: `/admin/${locale}/articles/${article.id}/revisions`,
          list: `/admin/${locale}/articles`,
          saved: `/admin/${locale}/articles/${article.id}`,
        }}
      />
    </NextIntlClientProvider>
  );
}
