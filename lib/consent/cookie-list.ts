import type { Purpose } from './consent';

/** First-party cookies that partners' scripts may set, expired as soon as the purpose is refused. */
export const PURPOSE_COOKIES: Record<Purpose, string[]> = {
  analytics: [],
  ads: ['adnet_uid'],
  personalizedAds: [],
  embeds: [],
};

/** Every cookie the site can set, for the cookies page (and the record of what needs consent). */
export const COOKIE_LIST = {
  headings: {
    fr: ['Cookie', 'Finalité', 'Durée', 'Consentement'],
    ar: ['الملف', 'الغرض', 'المدة', 'الموافقة'],
  },
  cookies: [
    {
      name: 'jarida_consent',
      purpose: { fr: 'Mémorise vos choix de cookies (identifiant, version de la politique, choix, date).', ar: 'يحفظ اختياراتك (المعرّف، نسخة السياسة، الاختيارات، التاريخ).' },
      lifetime: { fr: '6 mois', ar: '6 أشهر' },
      consent: { fr: 'Non requis (strictement nécessaire)', ar: 'غير مطلوبة (ضروري)' },
    },
    {
      name: 'JARIDA_LOCALE',
      purpose: { fr: 'Mémorise la langue que vous avez choisie.', ar: 'يحفظ اللغة التي اخترتها.' },
      lifetime: { fr: '1 an', ar: 'سنة واحدة' },
      consent: { fr: 'Non requis (préférence demandée)', ar: 'غير مطلوبة (تفضيل طلبته)' },
    },
    {
      name: 'jarida_city',
      purpose: { fr: 'Mémorise votre ville pour les horaires de prière.', ar: 'يحفظ مدينتك لمواقيت الصلاة.' },
      lifetime: { fr: '1 an', ar: 'سنة واحدة' },
      consent: { fr: 'Non requis (préférence demandée)', ar: 'غير مطلوبة (تفضيل طلبته)' },
    },
    {
      name: 'adnet_uid',
      purpose: { fr: 'Régie publicitaire partenaire : mesure et diffusion des annonces.', ar: 'الشريك الإعلاني: قياس الإعلانات وعرضها.' },
      lifetime: { fr: '13 mois', ar: '13 شهرا' },
      consent: { fr: 'Requis (publicité)', ar: 'مطلوبة (الإعلانات)' },
    },
  ],
} as const;
