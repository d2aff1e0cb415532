import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import * as rootParams from 'next/root-params';
import { loadAdminMessages } from './admin-messages';
import { routing } from './routing';

export default getRequestConfig(async ({ locale }) => {
  let resolved = locale;
  if (!resolved) {
    const param = await rootParams.locale();
    resolved = hasLocale(routing.locales, param) ? param : routing.defaultLocale;
  }
  return {
    locale: resolved,
    messages: {
      ...(await import(`../../messages/${resolved}.json`)).default,
      // Server-side only: the reader's client provider passes on just the Error namespace.
      Admin: await loadAdminMessages(resolved),
    },
    // Dates never go through next-intl's formatter: lib/time/format owns Moroccan legal time.
    timeZone: 'UTC',
  };
});
