import type { AppLocale } from '@/lib/i18n/routing';

const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/gu;
const LATIN_LETTER = /(?=\p{L})\p{Script=Latin}/gu;

/**
 * The language a query's script points to: Arabic letters → 'ar', Latin letters → 'fr', the
 * majority when both appear, null for digits and punctuation alone. Lets a search in one language
 * notice a query typed in the other's script.
 */
export function scriptLocale(text: string): AppLocale | null {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic === 0 && latin === 0) return null;
  return arabic > latin ? 'ar' : 'fr';
}
