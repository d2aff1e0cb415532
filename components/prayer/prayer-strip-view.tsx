import type { PrayerStripLabels, ReaderStrip, StripTime } from '@/lib/prayer/strip';

export interface PrayerStripProps {
  locale: 'fr' | 'ar';
  labels: PrayerStripLabels;
  cities: { slug: string; name: string }[];
  strip: ReaderStrip;
  times: StripTime[];
  // In the no-JavaScript frame a popover form would be clipped, so the city name links to the
  // city's page (which has the form), and links open in the whole window.
  frame?: boolean;
}

/** Markup of the prayer strip, shared by the browser island and the no-JavaScript frame. */
export function PrayerStripView(props: PrayerStripProps) {
  const { labels, strip } = props;
  const target = props.frame ? '_top' : undefined;
  return (
    <section className="prayer-strip" aria-label={strip.inCity} data-testid="prayer-strip">
      <div className="prayer-strip__head">
        {props.frame ? (
          <a href={strip.monthHref} target={target} className="prayer-strip__city">
            <span className="prayer-strip__city-name">{strip.cityName}</span>
            <span className="visually-hidden">, {labels.change}</span>
          </a>
        ) : (
        <details className="prayer-strip__city">
          <summary>
            <span className="prayer-strip__city-name">{strip.cityName}</span>
            <span className="visually-hidden">, {labels.change}</span>
          </summary>
          <CityForm locale={props.locale} labels={labels} citySlug={strip.citySlug} cities={props.cities} />
        </details>
        )}
        <span className="prayer-strip__hijri">{strip.hijri}</span>
      </div>
      <ol className="prayer-strip__times">
        {props.times.map((time) => (
          <li key={time.name} className={time.isNext ? 'is-next' : undefined} aria-current={time.isNext ? 'time' : undefined}>
            <span className="prayer-strip__name">{labels[time.name]}</span> <time dateTime={time.iso}>{time.clock}</time>
            {time.left ? <span className="prayer-strip__left"> {time.left}</span> : null}
          </li>
        ))}
      </ol>
      <a href={strip.monthHref} className="prayer-strip__more" target={target}>
        <ShortOnPhones label={labels.month} />
      </a>
    </section>
  );
}

/**
 * "Horaires du mois" on a wide screen, "mois" on a phone (the first words are only visually
 * hidden there, so the link's accessible name stays whole and contains what is seen).
 */
function ShortOnPhones({ label }: { label: string }) {
  const cut = label.lastIndexOf(' ');
  if (cut <= 0) return label;
  return (
    <>
      <span className="prayer-strip__more-long">{label.slice(0, cut + 1)}</span>
      {label.slice(cut + 1)}
    </>
  );
}

/** A plain form (no JavaScript needed) that stores the reader's city in a preference cookie. */
export function CityForm({
  locale,
  labels,
  citySlug,
  cities,
  then,
}: Pick<PrayerStripProps, 'locale' | 'cities'> & {
  citySlug: string;
  labels: { city: string; choose: string };
  then?: 'city-page';
}) {
  return (
    <form method="post" action="/api/preferences/city" className="city-form">
      <input type="hidden" name="locale" value={locale} />
      {then ? <input type="hidden" name="then" value={then} /> : null}
      <label>
        {labels.city}
        <select name="city" defaultValue={citySlug}>
          {cities.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--small">
        {labels.choose}
      </button>
    </form>
  );
}
