import type { HouseAdMotif } from '../house-ad-creatives';
import type { SeedLocale } from './types';

/*
 * The publisher's own advertisements ("house ads"): shown in ad slots when the reader has not
 * agreed to advertising, so they promote Jarida itself and link inside the site. One French and
 * one Arabic ad per slot kind, always on, plus one finished campaign that must never be shown.
 *
 * The creative (demo/ads/<name>.webp) is drawn from `headline`, `subline` and `cta`; `alt` carries
 * the same message for screen readers.
 */

export interface HouseAdSeed {
  /** Unique among seeded ads (the seed's natural key) and the creative's file name. */
  name: string;
  kind: 'leaderboard' | 'rectangle' | 'in-article';
  locale: SeedLocale | null;
  alt: string;
  /** Site-relative link. */
  href: string;
  headline: string;
  subline: string;
  cta: string;
  motif: HouseAdMotif;
  startsAt?: string;
  endsAt?: string;
}

export const HOUSE_ADS: HouseAdSeed[] = [
  // Listed first so that it has the lowest id of its kind: only its dates keep it off the pages.
  {
    name: 'ramadan-2026-rectangle-fr',
    kind: 'rectangle',
    locale: 'fr',
    alt: "Spécial Ramadan 2026 : l'heure de l'iftar et de l'imsak chaque jour dans votre ville, sur Jarida.",
    href: '/fr/horaires-priere/casablanca',
    headline: "Ramadan 2026 : l'heure de l'iftar chaque soir",
    subline: "Iftar et imsak pour votre ville",
    cta: 'Voir les horaires',
    motif: 'crescent',
    startsAt: '2026-02-17T00:00:00Z',
    endsAt: '2026-03-21T00:00:00Z',
  },
  {
    name: 'latest-leaderboard-fr',
    kind: 'leaderboard',
    locale: 'fr',
    alt: "Dernières nouvelles : toute l'actualité du Maroc et du monde, minute par minute, sur Jarida.",
    href: '/fr/dernieres-nouvelles',
    headline: 'Dernières nouvelles',
    subline: "L'actualité du Maroc et du monde, minute par minute",
    cta: 'Lire',
    motif: 'latest',
  },
  {
    name: 'latest-leaderboard-ar',
    kind: 'leaderboard',
    locale: 'ar',
    alt: 'آخر الأخبار: كل أخبار المغرب والعالم لحظة بلحظة على جريدة.',
    href: '/ar/akhir-al-akhbar',
    headline: 'آخر الأخبار',
    subline: 'أخبار المغرب والعالم لحظة بلحظة',
    cta: 'اقرأ',
    motif: 'latest',
  },
  {
    name: 'prayer-times-rectangle-fr',
    kind: 'rectangle',
    locale: 'fr',
    alt: 'Téléchargez les horaires de prière de votre ville et le calendrier du mois sur Jarida.',
    href: '/fr/horaires-priere/casablanca',
    headline: 'Téléchargez les horaires de prière',
    subline: 'Votre ville et le calendrier du mois',
    cta: 'Voir les horaires',
    motif: 'crescent',
  },
  {
    name: 'prayer-times-rectangle-ar',
    kind: 'rectangle',
    locale: 'ar',
    alt: 'حمّل مواقيت الصلاة في مدينتك وجدول الشهر على جريدة.',
    href: '/ar/mawaqit-assalat/الدار-البيضاء',
    headline: 'حمّل مواقيت الصلاة',
    subline: 'مدينتك وجدول الشهر كاملا',
    cta: 'اطلع على المواقيت',
    motif: 'crescent',
  },
  {
    name: 'morning-in-article-fr',
    kind: 'in-article',
    locale: 'fr',
    alt: "Recevez l'essentiel de l'actu chaque matin : la une de Jarida, mise à jour dès 7 heures.",
    href: '/fr',
    headline: "Recevez l'essentiel de l'actu chaque matin",
    subline: 'La une de Jarida, à jour dès 7 h',
    cta: 'Ouvrir la une',
    motif: 'morning',
  },
  {
    name: 'morning-in-article-ar',
    kind: 'in-article',
    locale: 'ar',
    alt: 'أهم الأخبار كل صباح: الصفحة الأولى لجريدة محدثة منذ السابعة صباحا.',
    href: '/ar',
    headline: 'أهم الأخبار كل صباح',
    subline: 'الصفحة الأولى لجريدة منذ السابعة',
    cta: 'افتح الصفحة الأولى',
    motif: 'morning',
  },
];
