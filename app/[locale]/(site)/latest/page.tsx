import type { Metadata } from 'next';
import { resolveLocaleParam } from '@/lib/i18n/params';
import { renderLatestPage, latestMetadata } from './latest-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/latest'>): Promise<Metadata> {
  return latestMetadata(resolveLocaleParam((await params).locale), 1);
}

export default async function Page({ params }: PageProps<'/[locale]/latest'>) {
  return renderLatestPage({ locale: resolveLocaleParam((await params).locale), page: 1 });
}
