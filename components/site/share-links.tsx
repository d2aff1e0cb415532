import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/lib/i18n/routing';
import { absoluteUrl, articlePath } from '@/lib/seo/site';
import { NativeShare } from './native-share';

/*
 * Sharing an article: plain links to each service's own share address (no script of theirs, no
 * cookie, nothing loaded before the reader clicks), and, where the browser has a share sheet
 * (most phones), one button that opens it instead.
 */
export async function ShareLinks({ locale, slug, title }: { locale: AppLocale; slug: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const url = absoluteUrl(articlePath(locale, slug));
  const text = encodeURIComponent(title);
  const link = encodeURIComponent(url);
  const services = [
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${link}` },
    { name: 'X', href: `https://x.com/intent/post?text=${text}&url=${link}` },
  ];
  return (
    <div className="share" role="group" aria-label={t('label')}>
      <NativeShare url={url} title={title} label={t('share')}>
        <ul className="share__links">
          {services.map((service) => (
            <li key={service.name}>
              <a href={service.href} target="_blank" rel="noopener noreferrer" className="share__link">
                {service.name}
                <span className="visually-hidden"> {t('newWindow')}</span>
              </a>
            </li>
          ))}
          <li>
            <a href={`mailto:?subject=${text}&body=${link}`} className="share__link">
              {t('email')}
            </a>
          </li>
        </ul>
      </NativeShare>
    </div>
  );
}
