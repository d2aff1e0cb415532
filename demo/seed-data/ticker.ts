import type { SeedLocale } from './types';

export interface TickerSeed {
  locale: SeedLocale;
  text: string;
  href: string | null;
  minutesAgo: number;
  /** Hours after the seed runs; null keeps the line until an editor removes it. */
  expiresInHours: number | null;
}

// Invented breaking news, in the style of the demo articles.
export const TICKER: TickerSeed[] = [
  {
    locale: 'fr',
    text: 'Alerte météo orange : rafales jusqu’à 90 km/h attendues cette nuit sur le littoral atlantique',
    href: '/fr/rubrique/maroc',
    minutesAgo: 12,
    expiresInHours: 18,
  },
  {
    locale: 'fr',
    text: 'Lions de l’Atlas : le sélectionneur annonce la liste définitive à 18h00',
    href: '/fr/rubrique/sport',
    minutesAgo: 47,
    expiresInHours: 24,
  },
  {
    locale: 'fr',
    text: 'Autoroute Rabat–Casablanca : circulation rétablie après un accident près de Bouznika',
    href: null,
    minutesAgo: 95,
    expiresInHours: null,
  },
  {
    locale: 'ar',
    text: 'نشرة إنذارية برتقالية: هبات رياح قد تصل إلى 90 كلم في الساعة هذه الليلة على الساحل الأطلسي',
    href: '/ar/qism/المغرب',
    minutesAgo: 12,
    expiresInHours: 18,
  },
  {
    locale: 'ar',
    text: 'أسود الأطلس: الناخب الوطني يعلن اللائحة النهائية على الساعة السادسة مساء',
    href: '/ar/qism/رياضة',
    minutesAgo: 47,
    expiresInHours: 24,
  },
  {
    locale: 'ar',
    text: 'الطريق السيار الرباط–الدار البيضاء: عودة حركة السير بعد حادثة قرب بوزنيقة',
    href: null,
    minutesAgo: 95,
    expiresInHours: null,
  },
];
