/** A file's size for editors: "45 ko" / "1,2 Mo", or its Arabic form, from the locale's own units. */
export function formatFileSize(bytes: number, locale: 'fr' | 'ar'): string {
  const tag = locale === 'ar' ? 'ar-MA' : 'fr-MA';
  const megabytes = bytes >= 1024 * 1024;
  const value = megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024));
  return new Intl.NumberFormat(tag, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', unitDisplay: 'short', maximumFractionDigits: megabytes ? 1 : 0 }).format(value);
}
