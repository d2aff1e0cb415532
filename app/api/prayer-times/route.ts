import { z } from 'zod';
import { getPrayerDay, getPrayerMonth, type PrayerDayDto } from '@/lib/data/prayer';
import { findCity, listCities, type City } from '@/lib/prayer/cities';
import { formatPrayerClock } from '@/lib/prayer/compute';
import { PRAYER_NAMES } from '@/lib/prayer/day';
import { moroccoDateKey } from '@/lib/time/legal-time';
import { connection } from 'next/server';

const querySchema = z
  .object({
    city: z.string().min(1, 'city is required').max(100),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
      .refine(isRealDate, 'date is not a calendar date')
      .optional(),
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM')
      .optional(),
  })
  .refine((query) => !(query.date && query.month), 'give either date or month, not both');

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function describeDay(day: PrayerDayDto) {
  return {
    date: day.date,
    times: Object.fromEntries(PRAYER_NAMES.map((name) => [name, formatPrayerClock(new Date(day[name]))])),
    instants: Object.fromEntries(PRAYER_NAMES.map((name) => [name, day[name]])),
  };
}

function describeCity(city: City) {
  return { slug: city.slug, slugAr: city.slugAr, nameFr: city.nameFr, nameAr: city.nameAr };
}

function badRequest(message: string) {
  return Response.json(
    { error: message, cities: listCities().map((city) => city.slug) },
    { status: 400, headers: { 'Cache-Control': 'public, max-age=3600' } },
  );
}

/**
 * GET /api/prayer-times?city=rabat[&date=YYYY-MM-DD | &month=YYYY-MM]
 * Times are "HH:MM" in Moroccan legal time, plus the UTC instants. A given day never changes,
 * so explicit dates are cacheable for a day; "today" (no date) for five minutes.
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) return badRequest(parsed.error.issues.map((issue) => issue.message).join('; '));
  const city = findCity(parsed.data.city);
  if (!city) return badRequest(`unknown city "${parsed.data.city}"`);
  await connection();
  const now = new Date();
  try {
    if (parsed.data.month) {
      const [year, month] = parsed.data.month.split('-').map(Number) as [number, number];
      const days = await getPrayerMonth(city.slug, year, month, now);
      return Response.json(
        { city: describeCity(city), timeZone: 'Moroccan legal time', month: parsed.data.month, days: days.map(describeDay) },
        { headers: { 'Cache-Control': 'public, max-age=86400, s-maxage=86400' } },
      );
    }
    const day = await getPrayerDay(city.slug, parsed.data.date ?? moroccoDateKey(now), now);
    return Response.json(
      { city: describeCity(city), timeZone: 'Moroccan legal time', ...describeDay(day) },
      { headers: { 'Cache-Control': parsed.data.date ? 'public, max-age=86400, s-maxage=86400' : 'public, max-age=300, s-maxage=300' } },
    );
  } catch (error) {
    // A date out of the range the (shared, bounded) cache holds: lib/prayer/cache-keys.ts.
    if (error instanceof RangeError) return badRequest(error.message);
    throw error;
  }
}
