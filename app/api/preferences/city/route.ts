import { z } from 'zod';
import { CITY_COOKIE } from '@/lib/data/prayer';
import { getPathname } from '@/lib/i18n/navigation';
import { isAppLocale, routing } from '@/lib/i18n/routing';
import { findCity } from '@/lib/prayer/cities';
import { isSameOrigin, locationPath, safeReturnPath } from '@/lib/http/same-origin';

const formSchema = z.object({
  city: z.string().min(1).max(100),
  locale: z.string().optional(),
  // The form on a city's prayer page goes on to the newly chosen city's page.
  then: z.literal('city-page').optional(),
});

/**
 * The city form posts here (it works without JavaScript): store the reader's choice in a
 * preference cookie and go back to the page they were on.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers, 'unless-cross-site')) {
    return Response.json({ error: 'Cross-origin form submissions are not accepted.' }, { status: 403 });
  }
  const parsed = formSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  const city = parsed.success ? findCity(parsed.data.city) : undefined;
  if (!city) {
    return Response.json({ error: 'Unknown city. Use one of the slugs listed by GET /api/prayer-times.' }, { status: 400 });
  }
  const locale = parsed.success && isAppLocale(parsed.data.locale) ? parsed.data.locale : routing.defaultLocale;
  const back =
    parsed.success && parsed.data.then === 'city-page'
      ? getPathname({ locale, href: { pathname: '/prayer-times/[city]', params: { city: locale === 'fr' ? city.slug : city.slugAr } } })
      : safeReturnPath(request, `/${locale}`);
  const headers = new Headers({ Location: locationPath(back) });
  const secure = process.env.NODE_ENV === 'production' && new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  headers.append('Set-Cookie', `${CITY_COOKIE}=${city.slug}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax; HttpOnly${secure}`);
  return new Response(null, { status: 303, headers });
}
