import type { Metadata } from 'next';
import { cacheLife } from 'next/cache';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CityForm } from '@/components/prayer/prayer-strip-view';
import { SiteHeader } from '@/components/site/site-header';
import { fromDto, getPrayerMonth } from '@/lib/data/prayer';
import { getHijriOffset } from '@/lib/data/reader';
import { alternatesFor } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/link';
import { decodeSlug, resolveLocaleParam } from '@/lib/i18n/params';
import type { AppLocale } from '@/lib/i18n/routing';
import { seoMetadata } from '@/lib/seo/metadata';
import { findCity, listCities, type City } from '@/lib/prayer/cities';
import { formatPrayerClock } from '@/lib/prayer/compute';
import { PRAYER_NAMES } from '@/lib/prayer/day';
import { FRENCH_MONTHS, MOROCCAN_ARABIC_MONTHS, formatDateLong, formatHijri, hijriParts } from '@/lib/time/format';
import { fromMoroccoLocal, moroccoDateKey, toMoroccoParts } from '@/lib/time/legal-time';

type Props = PageProps<'/[locale]/prayer-times/[city]'>;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listCities().map((city) => ({ city: params.locale === 'ar' ? city.slugAr : city.slug }));
}

function cityAlternates(city: City) {
  return alternatesFor({
    fr: { pathname: '/prayer-times/[city]', params: { city: city.slug } },
    ar: { pathname: '/prayer-times/[city]', params: { city: city.slugAr } },
  });
}

async function load(props: Props): Promise<{ locale: AppLocale; city: City }> {
  const { locale: rawLocale, city: rawCity } = await props.params;
  const locale = resolveLocaleParam(rawLocale);
  const city = findCity(decodeSlug(rawCity));
  if (!city) notFound();
  return { locale, city };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, city } = await load(props);
  const t = await getTranslations({ locale, namespace: 'Prayer' });
  const name = locale === 'fr' ? city.nameFr : city.nameAr;
  const title = t('pageTitle', { city: name });
  const description = t('pageDescription', { city: name });
  return { title, description, ...(await seoMetadata({ locale, title, description, alternates: cityAlternates(city) })) };
}

export default async function PrayerTimesPage(props: Props) {
  const { locale, city } = await load(props);
  return (
    <>
      <SiteHeader locale={locale} alternates={cityAlternates(city)} />
      <main id="main" className="container">
        <PrayerTimesContent locale={locale} citySlug={city.slug} />
      </main>
    </>
  );
}

// Cached per city; "today" moves at the Moroccan midnight, within the news profile's 5 minutes.
async function PrayerTimesContent({ locale, citySlug }: { locale: AppLocale; citySlug: string }) {
  'use cache';
  cacheLife('news');
  const city = findCity(citySlug)!;
  const now = new Date();
  const todayKey = moroccoDateKey(now);
  const { year, month } = toMoroccoParts(now);
  const [t, days, hijriOffset] = await Promise.all([
    getTranslations({ locale, namespace: 'Prayer' }),
    getPrayerMonth(city.slug, year, month, now),
    getHijriOffset(locale).catch(() => 0),
  ]);
  const name = locale === 'fr' ? city.nameFr : city.nameAr;
  const monthName = `${(locale === 'fr' ? FRENCH_MONTHS : MOROCCAN_ARABIC_MONTHS)[month - 1]} ${year}`;
  const today = days.find((day) => day.date === todayKey);
  const noonOf = (key: string) => {
    const [y, m, d] = key.split('-').map(Number) as [number, number, number];
    return fromMoroccoLocal(y, m, d, 12, 0);
  };
  return (
    <div className="prayer-page">
      <header className="page-header">
        <h1 className="page-title">{t('pageTitle', { city: name })}</h1>
        <p className="page-intro">
          {formatDateLong(now, locale)} · {formatHijri(now, locale, hijriOffset)}
        </p>
      </header>
      {today ? (
        <section aria-label={t('today')} className="prayer-today">
          <ol className="prayer-today__list">
            {PRAYER_NAMES.map((prayer) => (
              <li key={prayer}>
                <span className="prayer-today__name">{t(prayer)}</span>
                <time dateTime={today[prayer]} className="prayer-today__time">
                  {formatPrayerClock(new Date(today[prayer]))}
                </time>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {/* It scrolls sideways on a phone: focusable, so a keyboard can scroll it too (WCAG 2.1.1). */}
      <div className="table-scroll" role="region" aria-label={t('tableCaption', { city: name, month: monthName })} tabIndex={0}>
        <table className="prayer-table">
          <caption>{t('tableCaption', { city: name, month: monthName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('hijri')}</th>
              {PRAYER_NAMES.map((prayer) => (
                <th key={prayer} scope="col">
                  {t(prayer)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((dto, index) => {
              const day = fromDto(dto);
              const noon = noonOf(dto.date);
              const hijriDay = hijriParts(noon, hijriOffset).day;
              return (
                <tr key={dto.date} aria-current={dto.date === todayKey ? 'date' : undefined}>
                  <th scope="row">{Number(dto.date.slice(8))}</th>
                  <td>{index === 0 || hijriDay === 1 ? formatHijri(noon, locale, hijriOffset) : hijriDay}</td>
                  {PRAYER_NAMES.map((prayer) => (
                    <td key={prayer}>{formatPrayerClock(day[prayer])}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="prayer-page__source">{t('source')}</p>
      <section className="prayer-page__choose" aria-labelledby="choose-city">
        <h2 id="choose-city" className="rail-heading">
          {t('change')}
        </h2>
        <CityForm
          locale={locale}
          labels={{ city: t('city'), choose: t('choose') }}
          citySlug={city.slug}
          cities={listCities().map((option) => ({ slug: option.slug, name: locale === 'fr' ? option.nameFr : option.nameAr }))}
          then="city-page"
        />
      </section>
      <nav aria-labelledby="other-cities" className="other-cities">
        <h2 id="other-cities" className="rail-heading">
          {t('otherCities')}
        </h2>
        <ul className="tag-list">
          {listCities()
            .filter((other) => other.slug !== city.slug)
            .map((other) => (
              <li key={other.slug}>
                <Link
                  href={{ pathname: '/prayer-times/[city]', params: { city: locale === 'fr' ? other.slug : other.slugAr } }}
                  className="tag"
                >
                  {locale === 'fr' ? other.nameFr : other.nameAr}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
    </div>
  );
}
