/**
 * The instant a cached server component (or cached read) renders at, or a per-request page such
 * as the preview. Relative labels computed from it are refreshed in the browser by
 * RelativeTimeRefresher, so cached HTML may safely carry them.
 */
export function renderClock(): number {
  return Date.now();
}
