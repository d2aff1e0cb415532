import { ResponsiveImage } from '@/components/site/responsive-image';
import type { ArticleCardDto } from '@/lib/data/types';
import { Link } from '@/lib/i18n/link';
import type { AppLocale } from '@/lib/i18n/routing';
import { RelativeTime } from './relative-time';

type Variant = 'lead' | 'standard' | 'compact' | 'text';

const SIZES: Record<Variant, string> = {
  lead: '(min-width: 1100px) 720px, (min-width: 768px) 66vw, 100vw',
  standard: '(min-width: 1100px) 340px, (min-width: 640px) 45vw, 100vw',
  compact: '120px',
  text: '0px',
};

export function ArticleCard({
  article,
  locale,
  now,
  variant = 'standard',
  showSection = true,
  priority = false,
  headingLevel = 3,
}: {
  article: ArticleCardDto;
  locale: AppLocale;
  now: number;
  variant?: Variant;
  showSection?: boolean;
  priority?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const href = { pathname: '/article/[slug]' as const, params: { slug: article.slug } };
  return (
    <article className={`card card--${variant}`}>
      {article.cover && variant !== 'text' ? (
        <Link href={href} className="card__media" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            image={article.cover}
            alt=""
            sizes={SIZES[variant]}
            priority={priority}
            // The blurred preview only where the eye lands first: each one weighs ~1 KB in the HTML and
            // again in the page's RSC payload, and lazy cards below the fold load before they are seen.
            blur={priority}
          />
        </Link>
      ) : null}
      <div className="card__body">
        {showSection ? (
          <Link href={{ pathname: '/section/[section]', params: { section: article.section.slug } }} className="kicker">
            {article.section.name}
          </Link>
        ) : null}
        <Heading className="card__title">
          <Link href={href}>{article.title}</Link>
        </Heading>
        {variant === 'lead' || variant === 'standard' ? <p className="card__summary">{article.summary}</p> : null}
        <p className="card__meta">
          <RelativeTime iso={article.publishedAt} locale={locale} now={now} />
        </p>
      </div>
    </article>
  );
}
