import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getArticleForEdit, getRevision, listRevisions, type ArticleSnapshot } from '@/lib/admin/articles';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { diffSnapshots } from '@/lib/admin/revision-diff';
import { requireAdminPage } from '@/lib/auth/current-user';
import { formatDate, formatTime } from '@/lib/time/format';
import { parseIdParam } from '@/lib/http/id-param';
import { idParam } from '../../../_content/params';
import { restoreRevisionAction } from '../../actions';

type Props = PageProps<'/admin/[locale]/articles/[id]/revisions'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.articles.edit' });
  return { title: t('revisions') };
}

/** History of an article: every saved version, a readable word diff against the current one, and restore. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  await requireAdminPage(locale);
  const id = idParam(rawId);
  const query = await searchParams;
  const selected = parseIdParam(query.revision);
  const [article, revisions] = await Promise.all([getArticleForEdit(id), listRevisions(id)]);
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin.articles.revisions' });
  const current = revisions.find((revision) => revision.version === article.version) ?? revisions[0];
  const [chosen, latest] = await Promise.all([selected ? getRevision(id, selected) : null, current ? getRevision(id, current.id) : null]);
  const diff = chosen && latest ? diffSnapshots(chosen.snapshot as ArticleSnapshot, latest.snapshot as ArticleSnapshot) : null;

  return (
    <>
      <h1 dir="auto">{t('title', { title: article.title })}</h1>
      <p>
        <a href={`/admin/${locale}/articles/${id}`}>{t('back')}</a>
      </p>
      {chosen && diff && (
        <section className="panel" aria-labelledby="diff-title">
          <h2 id="diff-title">
            {t('version', { version: chosen.version })} → {t('current')}
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
          <form action={restoreRevisionAction}>
            <input type="hidden" name="$locale" value={locale} />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="revisionId" value={chosen.id} />
            <input type="hidden" name="expectedVersion" value={article.version} />
            <button type="submit">{t('restore')}</button>
          </form>
        </section>
      )}
      <table className="list">
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.id}>
              <td>{t('version', { version: revision.version })}</td>
              <td>{t(`reasons.${revision.reason as 'save'}`)}</td>
              <td>{t('by', { name: revision.userName ?? t('system') })}</td>
              <td>
                {formatDate(revision.createdAt, locale)} {formatTime(revision.createdAt)}
              </td>
              <td>
                {revision.version === article.version ? (
                  t('current')
                ) : (
                  <a href={`/admin/${locale}/articles/${id}/revisions?revision=${revision.id}`}>{t('compare')}</a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
