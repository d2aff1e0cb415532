import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { adminTitle, openAdminItemPage } from '@/components/admin/admin-page';
import { DataTable } from '@/components/admin/list-page';
import { PageFrame } from '@/components/admin/page-frame';
import { When } from '@/components/admin/when';
import { getArticleForEdit, getRevision, listRevisions, type ArticleSnapshot } from '@/lib/admin/articles';
import { diffSnapshots } from '@/lib/admin/revision-diff';
import { parseIdParam } from '@/lib/http/id-param';
import { idParam } from '@/components/admin/page-params';

type Props = PageProps<'/admin/[locale]/articles/[id]/revisions'>;

/** History of an article: every saved version, a readable word diff against the current one, and restore. */
export default async function RevisionsPage(props: Props) {
  const { locale, query, rawId } = await openAdminItemPage(props);
  const id = idParam(rawId);
  const selected = parseIdParam(query.revision);
  const [article, revisions] = await Promise.all([getArticleForEdit(id), listRevisions(id)]);
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin.articles.revisions' });
  const current = revisions.find((revision) => revision.version === article.version) ?? revisions[0];
  const [chosen, latest] = await Promise.all([selected ? getRevision(id, selected) : null, current ? getRevision(id, current.id) : null]);
  const diff = chosen && latest ? diffSnapshots(chosen.snapshot as ArticleSnapshot, latest.snapshot as ArticleSnapshot) : null;

  return (
    <PageFrame back={{ href: `/admin/${locale}/articles/${id}`, label: t('back') }} title={t('title', { title: article.title })} titleDir="auto">
      {chosen && diff && (
        <section className="panel" aria-labelledby="diff-title">
          <h2 id="diff-title">
            {t('version', { version: chosen.number })} → {t('current')}
          </h2>
          {diff.length === 0 ? (
            <p>{t('noChanges')}</p>
          ) : (
            diff.map((field) => (
              <div key={field.field}>
                <h3>{t(`fields.${field.field}`)}</h3>
                <p className="diff" dir="auto" lang={article.locale}>
                  {field.parts.map((part, index) =>
                    part.kind === 'added' ? <ins key={index}>{part.text}</ins> : part.kind === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
                  )}
                </p>
              </div>
            ))
          )}
          {/* Restoring loads the version in the editor, unsaved: it reaches readers only once saved or published there. */}
          <p>
            <a href={`/admin/${locale}/articles/${id}?restore=${chosen.id}`} className="button">
              {t('restore')}
            </a>
          </p>
        </section>
      )}
      <DataTable
        rows={revisions}
        columns={[
          { cell: (revision) => t('version', { version: revision.number }) },
          { cell: (revision) => t(`reasons.${revision.reason as 'save'}`) },
          { cell: (revision) => t('by', { name: revision.userName ?? t('system') }) },
          { cell: (revision) => <When at={revision.createdAt} locale={locale} /> },
          {
            cell: (revision) =>
              revision.version === article.version ? (
                t('current')
              ) : (
                <a href={`/admin/${locale}/articles/${id}/revisions?revision=${revision.id}`}>{t('compare')}</a>
              ),
          },
        ]}
      />
    </PageFrame>
  );
}

export const generateMetadata = adminTitle((t) => t('articles.edit.revisions'));
