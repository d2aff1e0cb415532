import type { SectionSeed } from './types';

// Display order follows `position`. Arabic slugs are in Arabic script, like on Arabic-language news sites.
export const SECTIONS: SectionSeed[] = [
  {
    slugFr: 'maroc',
    slugAr: 'المغرب',
    nameFr: 'Maroc',
    nameAr: 'المغرب',
    descriptionFr: "L'actualité des régions, des villes et des institutions du Royaume, au plus près des habitants.",
    descriptionAr: 'أخبار الجهات والمدن والمؤسسات في المملكة، بأقرب ما يكون إلى اهتمامات المواطنين.',
    position: 1,
  },
  {
    slugFr: 'monde',
    slugAr: 'العالم',
    nameFr: 'Monde',
    nameAr: 'العالم',
    descriptionFr: "L'Afrique, la Méditerranée et le reste du monde, vus depuis le Maroc.",
    descriptionAr: 'إفريقيا والمتوسط وباقي العالم، بعين مغربية.',
    position: 2,
  },
  {
    slugFr: 'economie',
    slugAr: 'اقتصاد',
    nameFr: 'Économie',
    nameAr: 'اقتصاد',
    descriptionFr: "Entreprises, emploi, énergie et agriculture : les chiffres et les acteurs de l'économie marocaine.",
    descriptionAr: 'المقاولات والتشغيل والطاقة والفلاحة: أرقام الاقتصاد المغربي وفاعلوه.',
    position: 3,
  },
  {
    slugFr: 'societe',
    slugAr: 'مجتمع',
    nameFr: 'Société',
    nameAr: 'مجتمع',
    descriptionFr: 'Éducation, santé, logement et vie quotidienne : les sujets qui comptent pour les familles.',
    descriptionAr: 'التعليم والصحة والسكن والحياة اليومية: القضايا التي تهم الأسر.',
    position: 4,
  },
  {
    slugFr: 'sport',
    slugAr: 'رياضة',
    nameFr: 'Sport',
    nameAr: 'رياضة',
    descriptionFr: "Football, athlétisme et sports de salle : résultats, coulisses et portraits, du quartier à l'équipe nationale.",
    descriptionAr: 'كرة القدم وألعاب القوى والرياضات داخل القاعة: نتائج وكواليس وبورتريهات، من الحي إلى المنتخب الوطني.',
    position: 5,
  },
  {
    slugFr: 'culture',
    slugAr: 'ثقافة',
    nameFr: 'Culture',
    nameAr: 'ثقافة',
    descriptionFr: 'Cinéma, musique, livres et patrimoine : la création marocaine et ceux qui la font vivre.',
    descriptionAr: 'السينما والموسيقى والكتاب والتراث: الإبداع المغربي ومن يصنعونه.',
    position: 6,
  },
];
