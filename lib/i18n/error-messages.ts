/*
 * The reader error boundary's four strings. It is a client component and the only one that needs
 * messages, so it carries them itself instead of next-intl's client provider and runtime.
 * messages/{fr,ar}.json stay the source of truth: tests/unit/messages.test.ts checks this table
 * against their `Error` namespace.
 */
export const ERROR_MESSAGES = {
  fr: {
    title: "Quelque chose s'est mal passé",
    description: 'Une erreur inattendue est survenue. Notre équipe a été prévenue.',
    retry: 'Réessayer',
    home: "Retour à l'accueil",
  },
  ar: {
    title: 'حدث خطأ ما',
    description: 'حدث خطأ غير متوقع. تم إبلاغ فريقنا.',
    retry: 'أعد المحاولة',
    home: 'العودة إلى الصفحة الرئيسية',
  },
} as const;
