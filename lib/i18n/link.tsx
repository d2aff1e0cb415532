import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { getPathname } from './navigation';
import type { AppLocale } from './routing';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'hrefLang'> & {
  href: Parameters<typeof getPathname>[0]['href'];
};

/**
 * A localized `next/link` for server components, resolved on the server. next-intl's own `Link`
 * renders a client component that reads the locale from next-intl's client context, which would
 * put NextIntlClientProvider and the next-intl client runtime (~12 KB gz) into every reader page.
 * Reader links never switch locale (the language switch is a plain <a> to the translated twin),
 * so the localized pathname is all they need.
 */
export async function Link({ href, ...rest }: LinkProps) {
  const locale = (await getLocale()) as AppLocale;
  return <NextLink href={getPathname({ locale, href })} {...rest} />;
}
