import type { Choices, Purpose } from '@/lib/consent/consent';

export interface ConsentLabels {
  title: string;
  intro: string;
  introMore: string;
  introDetails: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  save: string;
  necessary: string;
  necessaryHelp: string;
  alwaysOn: string;
  purposes: Record<Purpose, { label: string; help: string }>;
}

/**
 * The consent form: a plain POST to /api/consent that works without JavaScript. The banner
 * island renders the same markup and takes over submission when scripts run.
 */
export function ConsentForm({
  locale,
  labels,
  choices,
  showPurposes,
  titleId,
  customizeHref,
}: {
  locale: 'fr' | 'ar';
  labels: ConsentLabels;
  choices: Choices;
  showPurposes: boolean;
  titleId: string;
  // Without JavaScript, "Personnaliser" opens the cookies page, which has every purpose.
  customizeHref: string;
}) {
  return (
    <form method="post" action="/api/consent" className="consent-form">
      <input type="hidden" name="locale" value={locale} />
      <h2 id={titleId} className="consent__title" tabIndex={-1}>
        {labels.title}
      </h2>
      <p className="consent__intro">{labels.intro}</p>
      {/* The first layer stays short (on a phone it must not cover the page): the rest folds here. */}
      <details className="consent__details">
        <summary>{labels.introMore}</summary>
        <p>{labels.introDetails}</p>
      </details>
      {showPurposes ? (
        <fieldset className="consent__purposes">
          <legend className="visually-hidden">{labels.customize}</legend>
          <div className="consent__purpose">
            <input type="checkbox" id={`${titleId}-necessary`} checked disabled aria-describedby={`${titleId}-necessary-help`} />
            <label htmlFor={`${titleId}-necessary`}>
              {labels.necessary} <span className="consent__always">({labels.alwaysOn})</span>
            </label>
            <p id={`${titleId}-necessary-help`}>{labels.necessaryHelp}</p>
          </div>
          {(Object.keys(labels.purposes) as Purpose[]).map((purpose) => (
            <div key={purpose} className="consent__purpose">
              <input
                type="checkbox"
                id={`${titleId}-${purpose}`}
                name={purpose}
                defaultChecked={choices[purpose]}
                aria-describedby={`${titleId}-${purpose}-help`}
              />
              <label htmlFor={`${titleId}-${purpose}`}>{labels.purposes[purpose].label}</label>
              <p id={`${titleId}-${purpose}-help`}>{labels.purposes[purpose].help}</p>
            </div>
          ))}
        </fieldset>
      ) : null}
      {/* The three first-layer choices carry equal weight: same size, same style. */}
      <div className="consent__actions">
        <button type="submit" name="action" value="accept-all" className="button consent__button">
          {labels.acceptAll}
        </button>
        <button type="submit" name="action" value="reject-all" className="button consent__button">
          {labels.rejectAll}
        </button>
        {showPurposes ? (
          <button type="submit" name="action" value="save" className="button consent__button">
            {labels.save}
          </button>
        ) : (
          <a href={customizeHref} className="button consent__button" data-consent-customize>
            {labels.customize}
          </a>
        )}
      </div>
    </form>
  );
}
