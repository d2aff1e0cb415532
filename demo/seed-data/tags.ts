import type { TagSeed } from './types';

// Each concept exists in both locales; articles refer to tags by `key`.
export const TAGS: TagSeed[] = [
  { key: 'casablanca', fr: { slug: 'casablanca', name: 'Casablanca' }, ar: { slug: 'الدار-البيضاء', name: 'الدار البيضاء' } },
  { key: 'rabat', fr: { slug: 'rabat', name: 'Rabat' }, ar: { slug: 'الرباط', name: 'الرباط' } },
  { key: 'energie-solaire', fr: { slug: 'energie-solaire', name: 'Énergie solaire' }, ar: { slug: 'الطاقة-الشمسية', name: 'الطاقة الشمسية' } },
  { key: 'agriculture', fr: { slug: 'agriculture', name: 'Agriculture' }, ar: { slug: 'الفلاحة', name: 'الفلاحة' } },
  { key: 'coupe-d-afrique', fr: { slug: 'coupe-d-afrique', name: "Coupe d'Afrique" }, ar: { slug: 'كأس-إفريقيا', name: 'كأس إفريقيا' } },
  { key: 'football', fr: { slug: 'football', name: 'Football' }, ar: { slug: 'كرة-القدم', name: 'كرة القدم' } },
  { key: 'education', fr: { slug: 'education', name: 'Éducation' }, ar: { slug: 'التعليم', name: 'التعليم' } },
  { key: 'sante', fr: { slug: 'sante', name: 'Santé' }, ar: { slug: 'الصحة', name: 'الصحة' } },
  { key: 'tourisme', fr: { slug: 'tourisme', name: 'Tourisme' }, ar: { slug: 'السياحة', name: 'السياحة' } },
  { key: 'eau', fr: { slug: 'eau', name: 'Eau' }, ar: { slug: 'الماء', name: 'الماء' } },
  { key: 'cinema', fr: { slug: 'cinema', name: 'Cinéma' }, ar: { slug: 'السينما', name: 'السينما' } },
  { key: 'musique', fr: { slug: 'musique', name: 'Musique' }, ar: { slug: 'الموسيقى', name: 'الموسيقى' } },
  { key: 'numerique', fr: { slug: 'numerique', name: 'Numérique' }, ar: { slug: 'الرقمنة', name: 'الرقمنة' } },
  { key: 'transport', fr: { slug: 'transport', name: 'Transport' }, ar: { slug: 'النقل', name: 'النقل' } },
  { key: 'climat', fr: { slug: 'climat', name: 'Climat' }, ar: { slug: 'المناخ', name: 'المناخ' } },
  { key: 'emploi', fr: { slug: 'emploi', name: 'Emploi' }, ar: { slug: 'التشغيل', name: 'التشغيل' } },
  { key: 'diplomatie', fr: { slug: 'diplomatie', name: 'Diplomatie' }, ar: { slug: 'الدبلوماسية', name: 'الدبلوماسية' } },
  { key: 'patrimoine', fr: { slug: 'patrimoine', name: 'Patrimoine' }, ar: { slug: 'التراث', name: 'التراث' } },
];
