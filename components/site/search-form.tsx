import { getTranslations } from 'next-intl/server';
import type { SectionDto } from '@/lib/data/types';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { MAX_QUERY_LENGTH, type SearchInput } from '@/lib/search/params';
import './search.css';

/** The search page's form: a plain GET form, so searching, filtering and paging need no JavaScript. */
export async function SearchForm({
  locale,
  values,
  sections,
}: {
  locale: AppLocale;
  values: Partial<SearchInput>;
  sections: SectionDto[];
}) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form role="search" aria-label={t('refine')} action={getPathname({ locale, href: '/search' })} method="get" className="search-form">
      <div className="search-form__query">
        <label htmlFor="search-q">{t('field')}</label>
        <div className="search-form__row">
          <input id="search-q" type="search" name="q" defaultValue={values.q ?? ''} maxLength={MAX_QUERY_LENGTH} className="search-form__input" />
          <button type="submit" className="search-form__submit">
            {t('submit')}
          </button>
        </div>
      </div>
      <div className="search-form__filters">
        <div>
          <label htmlFor="search-section">{t('section')}</label>
          <select id="search-section" name="section" defaultValue={values.section ?? ''}>
            <option value="">{t('allSections')}</option>
            {sections.map((section) => (
              <option key={section.id} value={section.slug}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-from">{t('from')}</label>
          <input id="search-from" type="date" name="from" defaultValue={values.from ?? ''} min="2000-01-01" max="2100-12-31" />
        </div>
        <div>
          <label htmlFor="search-to">{t('to')}</label>
          <input id="search-to" type="date" name="to" defaultValue={values.to ?? ''} min="2000-01-01" max="2100-12-31" />
        </div>
      </div>
    </form>
  );
}
