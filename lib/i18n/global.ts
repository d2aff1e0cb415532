import type articles from '../../messages/admin/fr/articles.json';
import type core from '../../messages/admin/fr/core.json';
import type editor from '../../messages/admin/fr/editor.json';
import type media from '../../messages/admin/fr/media.json';
import type taxonomy from '../../messages/admin/fr/taxonomy.json';
import type usersArea from '../../messages/admin/fr/users.json';
import type messages from '../../messages/fr.json';
import type { routing } from './routing';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    // Reader messages plus the admin areas merged under Admin (see admin-messages.ts).
    Messages: typeof messages & { Admin: typeof core & typeof articles & typeof editor & typeof media & typeof taxonomy & typeof usersArea };
  }
}
