import { ERROR_MESSAGES } from '@/lib/i18n/error-messages';

/** What a reader sees when a page fails to render: shared by the locale error boundary and the global one. */
export function ErrorPanel({ locale, digest, reset }: { locale: 'fr' | 'ar'; digest?: string; reset: () => void }) {
  const t = ERROR_MESSAGES[locale];
  return (
    <main id="main" className="container error-page">
      <h1>{t.title}</h1>
      <p>{t.description}</p>
      {digest ? <p className="error-page__digest">ref. {digest}</p> : null}
      <p className="error-page__actions">
        <button type="button" className="button" onClick={() => reset()}>
          {t.retry}
        </button>
        <a href={`/${locale}`} className="button button--ghost">
          {t.home}
        </a>
      </p>
    </main>
  );
}
