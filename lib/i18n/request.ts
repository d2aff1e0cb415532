import { getRequestConfig } from 'next-intl/server';
import * as rootParams from 'next/root-params';
import { loadAdminMessages } from './admin-messages';
import { toLocale, type AppLocale } from './routing';

// The messages are static files: merged once per language, not on each of a cold page's render
// passes (next-intl asks for the request config once per pass).
const messagesByLocale = new Map<AppLocale, Promise<Record<string, unknown>>>();

function messagesFor(locale: AppLocale): Promise<Record<string, unknown>> {
  let messages = messagesByLocale.get(locale);
  if (!messages) {
    messages = (async () => ({
      ...(await import(`../../messages/${locale}.json`)).default,
      // Server-side only: the reader's client provider passes on just the Error namespace.
      Admin: await loadAdminMessages(locale),
    }))();
    // A failed load is retried by the next request rather than remembered.
    messages.catch(() => messagesByLocale.delete(locale));
    messagesByLocale.set(locale, messages);
  }
  return messages;
}

export default getRequestConfig(async ({ locale }) => {
  let resolved = locale;
  if (!resolved) {
    const param = await rootParams.locale();
    resolved = toLocale(param);
  }
  return {
    locale: resolved,
    messages: await messagesFor(resolved),
    // Dates never go through next-intl's formatter: lib/time/format owns Moroccan legal time.
    timeZone: 'UTC',
  };
});
