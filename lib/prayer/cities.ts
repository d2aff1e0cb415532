// The 22 largest Moroccan cities (HCP, RGPH 2024), largest first, with the coordinates and
// altitude the Ministry of Habous uses for their prayer timetables. Those differ from the city
// centres, and the official times are only reproduced with the Ministry's own figures.
//
// Generated once from tests/fixtures/prayer-times/morocco-cities.json and committed: the app
// must not read anything outside its own tree at runtime. Slugs are part of public URLs, so
// never rename one.

export interface PrayerLocation {
  /** Degrees, north positive. */
  readonly lat: number;
  /** Degrees, east positive. */
  readonly lon: number;
  /** Metres above sea level, as the Ministry uses it (it lowers the horizon). */
  readonly altitude: number;
}

export interface CityPrayerLocation extends PrayerLocation {
  /** City id of the Ministry's timetables (habous.gov.ma). */
  readonly habousCityId: number;
}

export interface City {
  /** ASCII slug, used in French URLs. */
  readonly slug: string;
  /** Arabic-script slug (spaces as hyphens), used in Arabic URLs. */
  readonly slugAr: string;
  readonly nameFr: string;
  readonly nameAr: string;
  readonly prayer: CityPrayerLocation;
}

export const CITIES: readonly City[] = [
  {
    slug: 'casablanca',
    slugAr: 'الدار-البيضاء',
    nameFr: 'Casablanca',
    nameAr: 'الدار البيضاء',
    prayer: { habousCityId: 58, lat: 33.5667, lon: -7.6667, altitude: 200 },
  },
  {
    slug: 'tanger',
    slugAr: 'طنجة',
    nameFr: 'Tanger',
    nameAr: 'طنجة',
    prayer: { habousCityId: 14, lat: 35.7667, lon: -5.8167, altitude: 300 },
  },
  {
    slug: 'fes',
    slugAr: 'فاس',
    nameFr: 'Fès',
    nameAr: 'فاس',
    prayer: { habousCityId: 81, lat: 34.0667, lon: -5.0167, altitude: 450 },
  },
  {
    slug: 'marrakech',
    slugAr: 'مراكش',
    nameFr: 'Marrakech',
    nameAr: 'مراكش',
    prayer: { habousCityId: 104, lat: 31.6333, lon: -8.0333, altitude: 600 },
  },
  {
    slug: 'sale',
    slugAr: 'سلا',
    nameFr: 'Salé',
    nameAr: 'سلا',
    // No Habous entry of its own: the Ministry's Rabat timetable (id 1) is the one used here.
    prayer: { habousCityId: 1, lat: 34.0167, lon: -6.85, altitude: 120 },
  },
  {
    slug: 'meknes',
    slugAr: 'مكناس',
    nameFr: 'Meknès',
    nameAr: 'مكناس',
    prayer: { habousCityId: 99, lat: 33.9, lon: -5.5833, altitude: 600 },
  },
  {
    slug: 'rabat',
    slugAr: 'الرباط',
    nameFr: 'Rabat',
    nameAr: 'الرباط',
    prayer: { habousCityId: 1, lat: 34.0167, lon: -6.85, altitude: 120 },
  },
  {
    slug: 'agadir',
    slugAr: 'أكادير',
    nameFr: 'Agadir',
    nameAr: 'أكادير',
    prayer: { habousCityId: 117, lat: 30.3833, lon: -9.5667, altitude: 300 },
  },
  {
    slug: 'oujda',
    slugAr: 'وجدة',
    nameFr: 'Oujda',
    nameAr: 'وجدة',
    prayer: { habousCityId: 31, lat: 34.6833, lon: -1.9333, altitude: 730 },
  },
  {
    slug: 'kenitra',
    slugAr: 'القنيطرة',
    nameFr: 'Kénitra',
    nameAr: 'القنيطرة',
    prayer: { habousCityId: 7, lat: 34.25, lon: -6.6, altitude: 200 },
  },
  {
    slug: 'tetouan',
    slugAr: 'تطوان',
    nameFr: 'Tétouan',
    nameAr: 'تطوان',
    prayer: { habousCityId: 15, lat: 35.5667, lon: -5.3667, altitude: 520 },
  },
  {
    slug: 'temara',
    slugAr: 'تمارة',
    nameFr: 'Témara',
    nameAr: 'تمارة',
    // No Habous entry of its own: the Ministry's Rabat timetable (id 1) is the one used here.
    prayer: { habousCityId: 1, lat: 34.0167, lon: -6.85, altitude: 120 },
  },
  {
    slug: 'safi',
    slugAr: 'آسفي',
    nameFr: 'Safi',
    nameAr: 'آسفي',
    prayer: { habousCityId: 111, lat: 32.3, lon: -9.25, altitude: 150 },
  },
  {
    slug: 'laayoune',
    slugAr: 'العيون',
    nameFr: 'Laâyoune',
    nameAr: 'العيون',
    prayer: { habousCityId: 156, lat: 27.15, lon: -13.2333, altitude: 100 },
  },
  {
    slug: 'mohammedia',
    slugAr: 'المحمدية',
    nameFr: 'Mohammédia',
    nameAr: 'المحمدية',
    prayer: { habousCityId: 59, lat: 33.7, lon: -7.4, altitude: 100 },
  },
  {
    slug: 'khouribga',
    slugAr: 'خريبكة',
    nameFr: 'Khouribga',
    nameAr: 'خريبكة',
    prayer: { habousCityId: 79, lat: 32.8833, lon: -6.9167, altitude: 830 },
  },
  {
    slug: 'beni-mellal',
    slugAr: 'بني-ملال',
    nameFr: 'Béni Mellal',
    nameAr: 'بني ملال',
    prayer: { habousCityId: 73, lat: 32.3333, lon: -6.3667, altitude: 1200 },
  },
  {
    slug: 'el-jadida',
    slugAr: 'الجديدة',
    nameFr: 'El Jadida',
    nameAr: 'الجديدة',
    prayer: { habousCityId: 66, lat: 33.25, lon: -8.5167, altitude: 100 },
  },
  {
    slug: 'taza',
    slugAr: 'تازة',
    nameFr: 'Taza',
    nameAr: 'تازة',
    prayer: { habousCityId: 89, lat: 34.2167, lon: -4.0167, altitude: 900 },
  },
  {
    slug: 'nador',
    slugAr: 'الناظور',
    nameFr: 'Nador',
    nameAr: 'الناظور',
    prayer: { habousCityId: 39, lat: 35.1833, lon: -2.9333, altitude: 200 },
  },
  {
    slug: 'settat',
    slugAr: 'سطات',
    nameFr: 'Settat',
    nameAr: 'سطات',
    prayer: { habousCityId: 61, lat: 33, lon: -7.6333, altitude: 410 },
  },
  {
    slug: 'berrechid',
    slugAr: 'برشيد',
    nameFr: 'Berrechid',
    nameAr: 'برشيد',
    prayer: { habousCityId: 65, lat: 33.2667, lon: -7.5833, altitude: 250 },
  },
];

export const DEFAULT_CITY_SLUG = 'casablanca';

const bySlug = new Map<string, City>();
for (const city of CITIES) {
  bySlug.set(city.slug, city);
  bySlug.set(city.slugAr, city);
}

function normalizeSlug(raw: string): string {
  let slug = raw.trim();
  // Route params may still be percent-encoded, depending on how the URL reached us.
  if (slug.includes('%')) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      return '';
    }
  }
  // Arabic can arrive in a different Unicode normalization form than the one stored here.
  return slug.normalize('NFC').toLowerCase();
}

/** The city whose French or Arabic slug is `slug`, or undefined. */
export function findCity(slug: string): City | undefined {
  return bySlug.get(normalizeSlug(slug));
}

/** All cities, largest first. */
export function listCities(): readonly City[] {
  return CITIES;
}

/** The default city (Casablanca). */
export function defaultCity(): City {
  const city = bySlug.get(DEFAULT_CITY_SLUG);
  if (!city) throw new Error(`Missing default city ${DEFAULT_CITY_SLUG}`);
  return city;
}
