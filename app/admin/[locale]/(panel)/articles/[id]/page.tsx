import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { adminTitle, localizedName, openAdminItemPage } from '@/components/admin/admin-page';
import { PageFrame } from '@/components/admin/page-frame';
import { ArticleEditor } from '../_editor/article-editor';
import { articleEditorOptions, canEditArticle, getArticleForEdit, getTwinText, revisionToRestore } from '@/lib/admin/articles';
import type { EditableArticle, RevisionToRestore } from '@/lib/admin/articles';
import { diffSnapshots } from '@/lib/admin/revision-diff';
import { parseIdParam } from '@/lib/http/id-param';
import { articleOgImagePath, articlePath, siteHost } from '@/lib/seo/site';
import { can } from '@/lib/auth/permissions';
import { formatDateTimeLocalInput } from '@/lib/time/format';
import { idParam } from '@/components/admin/page-params';
import { createTranslationAction } from '../actions';
import { otherLocale } from '@/lib/i18n/routing';

type Props = PageProps<'/admin/[locale]/articles/[id]'>;

// What the editor gets of the article: nothing else of the row reaches the browser.
const EDITOR_FIELDS = ['id', 'version', 'locale', 'status', 'title', 'summary', 'slug', 'sectionId', 'authorIds', 'tagNames', 'cover', 'coverAlt', 'coverCaption', 'coverCredit', 'body'] as const;

function pickEditorFields(article: EditableArticle): Pick<EditableArticle, (typeof EDITOR_FIELDS)[number]> {
  return Object.fromEntries(EDITOR_FIELDS.map((key) => [key, article[key]])) as Pick<EditableArticle, (typeof EDITOR_FIELDS)[number]>;
}

/** A version from the history as the editor loads it, with what it changes against the article as it stands. */
function restoreOffer(revision: RevisionToRestore) {
  const { input, live } = revision;
  const fields = {
    title: input.title,
    summary: input.summary ?? '',
    slug: input.slug,
    sectionId: Number(input.sectionId),
    authorIds: input.authorIds.map(Number),
    tags: (input.tagNames ?? []).join(', '),
    cover: revision.cover,
    coverAlt: input.coverAlt ?? '',
    coverCaption: input.coverCaption ?? '',
    coverCredit: input.coverCredit ?? '',
    seoTitle: input.seoTitle ?? '',
    seoDescription: input.seoDescription ?? '',
  };
  const diff = diffSnapshots(live, { ...live, ...fields, tagNames: input.tagNames ?? [], coverId: revision.cover?.id ?? null, body: input.body });
  return { revisionId: revision.id, version: revision.version, number: revision.number, fields, body: input.body, diff };
}

/** The schedule field's default: a round time about an hour from now. */
function nextQuarterHourInAnHour(): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.ceil((Date.now() + 60 * 60_000) / quarter) * quarter);
}

export default async function EditArticlePage(props: Props) {
  const { locale, user, t, query, rawId } = await openAdminItemPage(props);
  const id = idParam(rawId);
  const restoreId = parseIdParam(query.restore);
  const [article, options, twin, restoring] = await Promise.all([
    getArticleForEdit(id),
    articleEditorOptions(),
    getTwinText(id),
    restoreId ? revisionToRestore(id, restoreId) : null,
  ]);
  if (!article) notFound();
  const messages = await getMessages({ locale });
  const twinLocale = otherLocale(article.locale);
  const defaultPublishAt = formatDateTimeLocalInput(article.status === 'scheduled' && article.publishedAt ? article.publishedAt : nextQuarterHourInAnHour());
  return (
    <NextIntlClientProvider locale={locale} messages={{ Admin: { articles: messages.Admin.articles, editor: messages.Admin.editor, errors: messages.Admin.errors } }}>
      <PageFrame title={t('articles.edit.heading')}>
        {restoreId && !restoring && <p className="notice error">{t('editor.restore.missing')}</p>}
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
          article={{ ...pickEditorFields(article), seoTitle: article.seoTitle ?? '', seoDescription: article.seoDescription ?? '' }}
          userId={user.id}
          options={{
            sections: options.sections.map((section) => ({ id: section.id, name: localizedName(section, locale) })),
            authors: options.authors.map((author) => ({ id: author.id, name: localizedName(author, locale) })),
          }}
          permissions={{
            edit: canEditArticle({ id: user.id, role: user.role }, article),
            publish: can(user.role, 'article.publish'),
            delete: can(user.role, 'article.delete'),
          }}
          defaultPublishAt={defaultPublishAt}
          publishedAt={article.publishedAt?.toISOString() ?? null}
          restore={restoring ? restoreOffer(restoring) : null}
          site={{
            host: siteHost(),
            articlePathPrefix: articlePath(article.locale, '-').slice(0, -1),
            ogImage: article.status === 'published' ? articleOgImagePath({ locale: article.locale, slug: article.slug, updatedAt: article.updatedAt.toISOString() }) : null,
          }}
          links={{
            preview: `/${article.locale}/preview/${article.id}`,
            revisions: `/admin/${locale}/articles/${article.id}/revisions`,
            list: `/admin/${locale}/articles`,
            twin: article.twin ? `/admin/${locale}/articles/${article.twin.id}` : undefined,
          }}
          twin={twin}
        />
      </PageFrame>
    </NextIntlClientProvider>
  );
}

export const generateMetadata = adminTitle((t) => t('articles.edit.heading'));
