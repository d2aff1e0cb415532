import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { PageFrame } from '@/components/admin/page-frame';
import { ArticleEditor } from '../_editor/article-editor';
import { withDb } from '@/db';
import { articleEditorOptions, canEditArticle, getArticleForEdit } from '@/lib/admin/articles';
import { can } from '@/lib/auth/permissions';
import { formatDateTimeLocalInput } from '@/lib/time/format';
import { idParam } from '@/components/admin/page-params';
import { createTranslationAction } from '../actions';

type Props = PageProps<'/admin/[locale]/articles/[id]'>;

/** The schedule field's default: a round time about an hour from now. */
function nextQuarterHourInAnHour(): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.ceil((Date.now() + 60 * 60_000) / quarter) * quarter);
}

export const generateMetadata = adminTitle((t) => t('articles.edit.heading'));

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { locale, user, t } = await openAdminPage(params);
  const { id: rawId } = await params;
  const id = idParam(rawId);
  const query = await searchParams;
  const [article, options] = await withDb('editArticle', (db) => Promise.all([getArticleForEdit(db, id), articleEditorOptions(db)]));
  if (!article) notFound();
  const messages = await getMessages({ locale });
  const name = (row: { nameFr: string; nameAr: string }) => (locale === 'fr' ? row.nameFr : row.nameAr);
  const twinLocale = article.locale === 'fr' ? 'ar' : 'fr';
  const notice = typeof query.notice === 'string' && ['restored', 'conflict', 'forbidden', 'not_found'].includes(query.notice) ? (query.notice as 'restored') : null;
  const defaultPublishAt = formatDateTimeLocalInput(article.status === 'scheduled' && article.publishedAt ? article.publishedAt : nextQuarterHourInAnHour());
  return (
    <NextIntlClientProvider locale={locale} messages={{ Admin: { articles: messages.Admin.articles, errors: messages.Admin.errors } }}>
      <PageFrame title={t('articles.edit.heading')}>
        {notice && <p className={notice === 'restored' ? 'notice ok' : 'notice error'}>{t(`articles.edit.notices.${notice}`)}</p>}
        <div className="toolbar">
          {article.twin ? (
            <a href={`/admin/${locale}/articles/${article.twin.id}`}>{t(`articles.edit.openTwinIn.${twinLocale}`)}</a>
          ) : (
            can(user.role, 'article.create') && (
              <form action={createTranslationAction}>
                <input type="hidden" name="$locale" value={locale} />
                <input type="hidden" name="id" value={article.id} />
                <button type="submit" className="secondary">
                  {t(`articles.edit.translateTo.${twinLocale}`)}
                </button>
              </form>
            )
          )}
          {article.updatedByName && <span>{t('articles.edit.lastEditedBy', { name: article.updatedByName })}</span>}
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
      </PageFrame>
    </NextIntlClientProvider>
  );
}
