import { getTranslations } from 'next-intl/server';
import { getMostRead } from '@/lib/data/most-read';
import { Link } from '@/lib/i18n/link';
import type { AppLocale } from '@/lib/i18n/routing';
import './most-read.css';

/** "Les plus lus": the top five of the last 24 hours (the latest stories until views come in). */
export async function MostRead({ locale, variant = 'rail' }: { locale: AppLocale; variant?: 'rail' | 'band' }) {
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: 'MostRead' }), getMostRead(locale).catch(() => [])]);
  if (items.length === 0) return null;
  return (
    <section className={`most-read most-read--${variant}`} aria-labelledby="most-read-heading" data-testid="most-read">
      <h2 id="most-read-heading" className="rail-heading">
        {t('title')}
      </h2>
      <ol className="most-read__list">
        {items.map((item, index) => (
          <li key={item.id} className="most-read__item">
            <span className="most-read__rank" aria-hidden="true">
              {index + 1}
            </span>
            <Link href={{ pathname: '/article/[slug]', params: { slug: item.slug } }} className="most-read__link">
              {item.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
