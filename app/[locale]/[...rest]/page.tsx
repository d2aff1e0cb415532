import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolveLocaleParam } from '@/lib/i18n/params';

// Any unknown path under a locale gets the localized 404 of app/[locale]/not-found.tsx.
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
