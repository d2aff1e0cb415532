import 'server-only';

/**
 * Which page of a list to read. The requested number comes from a query string: NaN, fractions
 * and numbers past the end must not reach OFFSET, so it is clamped to 1…pages.
 */
export function pageOf(total: number, requested: number | undefined, size: number): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(Math.trunc(requested ?? 1) || 1, 1), pages);
  return { page, pages, offset: (page - 1) * size };
}
