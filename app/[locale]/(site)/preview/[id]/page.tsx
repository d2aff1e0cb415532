import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AdSlot } from '@/components/site/ad-slot';
import { ArticleView } from '@/components/site/article-view';
import { SiteHeader } from '@/components/site/site-header';
import { getFullAdminSession } from '@/lib/auth/current-user';
import { getArticlePreview } from '@/lib/admin/articles';
import { parseIdParam } from '@/lib/http/id-param';
import { sameHrefAlternates } from '@/lib/i18n/alternates';
import { resolveLocaleParam } from '@/lib/i18n/params';
import { renderClock } from '@/lib/time/render-clock';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * An editor's preview of an article in any state, in the reader's own layout and components.
 * Only for fully signed-in newsroom accounts; anyone else gets the ordinary 404.
 */
export default async function PreviewPage({ params }: PageProps<'/[locale]/preview/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const id = parseIdParam(rawId);
  // The same rule as every admin page: second step done, and enrolled when two-factor is compulsory.
  const session = await getFullAdminSession();
  if (!session || id === null) notFound();
  const article = await getArticlePreview(id);
  if (!article || article.locale !== locale) notFound();
  const t = await getTranslations({ locale, namespace: 'Preview' });
  // A draft has no publication time yet: show it as if published now.
  const shown = article.publishedAt === new Date(0).toISOString() ? { ...article, publishedAt: new Date().toISOString() } : article;
  return (
    <>
      <p className="preview-banner" role="status">
        {t('banner')}
      </p>
      <SiteHeader locale={locale} alternates={sameHrefAlternates('/')} currentSection={article.section.slug} />
      <main id="main" className="container">
        <ArticleView
          locale={locale}
          article={shown}
          now={renderClock()}
          inArticleAd={<AdSlot kind="in-article" locale={locale} />}
          sidebarAd={<AdSlot kind="rectangle" locale={locale} />}
          mostRead={null}
          shareable={false}
        />
      </main>
    </>
  );
}
