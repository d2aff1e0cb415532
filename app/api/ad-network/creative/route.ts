import { connection } from 'next/server';
import { z } from 'zod';
import { standInAdNetworkEnabled, standInNotFound } from '@/lib/data/ad-network-stand-in';
import { AD_SLOT_KINDS, AD_SLOT_SIZES } from '@/lib/data/ads-queries';

/*
 * GET /api/ad-network/creative?kind=rectangle&locale=fr[&format=mobile]: the stand-in ad network's
 * creative, a plain SVG labelled as a partner ad. `format=mobile` asks a leaderboard for the
 * 320×100 banner its slot reserves on narrow screens.
 */

const querySchema = z.object({
  kind: z.enum(AD_SLOT_KINDS, { error: `kind must be one of ${AD_SLOT_KINDS.join(', ')}` }),
  locale: z.enum(['fr', 'ar'], { error: 'locale must be fr or ar' }).default('fr'),
  format: z.enum(['mobile'], { error: 'format must be mobile' }).optional(),
});

const MOBILE_LEADERBOARD = { width: 320, height: 100 };

const COPY = {
  fr: { title: 'Annonce partenaire', note: '(démo)', font: 'system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif' },
  ar: { title: 'إعلان شريك', note: '(تجريبي)', font: 'Noto Naskh Arabic, Tahoma, DejaVu Sans, sans-serif' },
} as const;

function creativeSvg(width: number, height: number, locale: 'fr' | 'ar'): string {
  const copy = COPY[locale];
  const wide = width / height > 3;
  const titleSize = wide ? Math.round(height * 0.3) : 26;
  const noteSize = wide ? Math.round(height * 0.18) : 16;
  const cx = width / 2;
  const cy = height / 2;
  const dir = locale === 'ar' ? ' direction="rtl"' : '';
  // Diagonal stripes say "placeholder" at a glance, like a test card.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${copy.title} ${copy.note}" lang="${locale}">
<title>${copy.title} ${copy.note}</title>
<defs><pattern id="stripes" width="16" height="16" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="16" fill="#efe9e1"/></pattern></defs>
<rect width="${width}" height="${height}" fill="#f7f3ee"/>
<rect width="${width}" height="${height}" fill="url(#stripes)"/>
<rect x="1" y="1" width="${width - 2}" height="${height - 2}" fill="none" stroke="#1b1b1f" stroke-width="2" stroke-dasharray="6 4"/>
<text x="${cx}" y="${wide ? cy - noteSize * 0.15 : cy - 4}"${dir} text-anchor="middle" font-family="${copy.font}" font-size="${titleSize}" font-weight="700" fill="#1b1b1f">${copy.title}</text>
<text x="${cx}" y="${wide ? cy + noteSize * 1.35 : cy + 26}"${dir} text-anchor="middle" font-family="${copy.font}" font-size="${noteSize}" fill="#b3261e">${copy.note}</text>
</svg>
`;
}

export async function GET(request: Request) {
  await connection();
  if (!(await standInAdNetworkEnabled())) return standInNotFound();
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(
      { error: parsed.error.issues.map((issue) => issue.message).join('; ') },
      { status: 400, headers: { 'Cache-Control': 'public, max-age=3600' } },
    );
  }
  const { kind, locale, format } = parsed.data;
  const size = kind === 'leaderboard' && format === 'mobile' ? MOBILE_LEADERBOARD : AD_SLOT_SIZES[kind];
  return new Response(creativeSvg(size.width, size.height, locale), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      // An SVG opened on its own is a document: let it run nothing.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
