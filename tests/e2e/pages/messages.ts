import arArticles from '@/messages/admin/ar/articles.json';
import arCore from '@/messages/admin/ar/core.json';
import arEditor from '@/messages/admin/ar/editor.json';
import arMedia from '@/messages/admin/ar/media.json';
import arTaxonomy from '@/messages/admin/ar/taxonomy.json';
import arUsers from '@/messages/admin/ar/users.json';
import frArticles from '@/messages/admin/fr/articles.json';
import frCore from '@/messages/admin/fr/core.json';
import frEditor from '@/messages/admin/fr/editor.json';
import frMedia from '@/messages/admin/fr/media.json';
import frTaxonomy from '@/messages/admin/fr/taxonomy.json';
import frUsers from '@/messages/admin/fr/users.json';
import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';

/*
 * Page objects find controls by the names readers and editors see, taken from the same message
 * files the app renders: a reworded label changes both at once.
 */

export type Locale = 'fr' | 'ar';

export const readerText = { fr, ar } satisfies Record<Locale, unknown>;

// The admin's areas, merged the way lib/i18n/admin-messages.ts merges them under `Admin`.
export const adminText = {
  fr: { ...frCore, ...frArticles, ...frEditor, ...frMedia, ...frTaxonomy, ...frUsers },
  ar: { ...arCore, ...arArticles, ...arEditor, ...arMedia, ...arTaxonomy, ...arUsers },
};

/** What a message with placeholders begins with, as a pattern: "Résultats : {count}" → /^Résultats : /. */
export function startOf(message: string): RegExp {
  const head = message.split('{')[0]!;
  return new RegExp(`^\\s*${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
