import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolveLocaleParam } from '@/lib/i18n/params';

// The proxy answers unknown addresses itself (not-found-page/); this catches the ones it does not
// see (its matcher skips paths with a dot, such as /fr/index.php) with the localized 404.
export default function CatchAll() {
  notFound();
}

// Next prerenders this route as a shell it resumes in the browser, with this page's metadata rather
// than the not-found boundary's: without it the tab of every mistyped address shows the front page's title.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = resolveLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title') };
}
