import { z } from 'zod';
import { readCityPreference } from '@/lib/data/prayer';
import { loadReaderStrip } from '@/lib/prayer/strip-data';

const querySchema = z.object({ locale: z.enum(['fr', 'ar'], { error: 'locale must be "fr" or "ar"' }) });

/**
 * GET /api/prayer-times/strip?locale=fr: the header strip for this reader's city (their
 * preference cookie, Casablanca by default), today and tomorrow, in Moroccan legal time.
 */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues.map((issue) => issue.message).join('; ') }, { status: 400 });
  }
  const city = await readCityPreference();
  const strip = await loadReaderStrip(parsed.data.locale, city, new Date());
  // Per reader (the cookie) and per instant (the Hijri date, "today"): never shared, never reused unchecked.
  return Response.json(strip, { headers: { 'Cache-Control': 'private, no-cache', Vary: 'Cookie' } });
}
