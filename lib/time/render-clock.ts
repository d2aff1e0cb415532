/**
 * The instant a cached server component renders at. Relative labels computed from it are
 * refreshed in the browser by RelativeTimeRefresher, so cached HTML may safely carry them.
 */
export function renderClock(): number {
  return Date.now();
}
