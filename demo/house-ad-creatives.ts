import sharp from 'sharp';
import { AD_SLOT_SIZES, MOBILE_LEADERBOARD_SIZE, type AdSlotKind } from '@/lib/ads/slots';
import { escapeXml } from '@/lib/seo/xml';
import { getMediaStorage, readMediaFile } from '@/lib/storage/storage';
import type { GeneratedImage } from './covers';

/*
 * Creatives of the publisher's house ads, drawn as SVG and rasterised by sharp at the exact slot
 * size (728×90 leaderboard, 300×250 rectangle and in-article). Unlike the covers, an ad is its
 * message, so the text is in the picture; the ad's alt text repeats it for screen readers.
 * A leaderboard also gets a phone creative (`phone: true`): the 320×100 mobile leaderboard, drawn
 * at twice that size, since the 728×90 one shrunk to a phone's width has text too small to read.
 *
 * Arabic is shaped by librsvg (Pango + HarfBuzz): Noto Naskh Arabic when installed, else DejaVu
 * Sans, which has the Arabic letters. Text is measured with the same engine before wrapping.
 */

export const HOUSE_AD_MOTIFS = ['latest', 'crescent', 'morning'] as const;
export type HouseAdMotif = (typeof HOUSE_AD_MOTIFS)[number];

export interface HouseAdCreativeSpec {
  /** File name without extension: stored as `demo/ads/<name>.webp`. */
  name: string;
  kind: AdSlotKind;
  locale: 'fr' | 'ar';
  headline: string;
  subline: string;
  /** Call to action, drawn as a button. */
  cta: string;
  motif: HouseAdMotif;
}

const ACCENT = '#b3261e';
const INK = '#1b1b1f';
const PAPER = '#ffffff';
const MUTED = '#55555c';
const RULE = '#d4d4d9';

const LATIN_FONT = 'DejaVu Sans';
const ARABIC_FONT = 'Noto Naskh Arabic, DejaVu Sans';
const WORDMARK_FONT = 'DejaVu Serif';

/** Pixels per CSS pixel of a phone creative: sharp on the 2x and 3x screens of today's phones. */
const PHONE_SCALE = 2;

export async function generateHouseAdCreative(spec: HouseAdCreativeSpec, { phone = false } = {}): Promise<GeneratedImage> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(spec.name)) throw new Error(`Invalid house ad name: ${spec.name}`);
  if (phone && spec.kind !== 'leaderboard') throw new Error(`Only a leaderboard has a phone creative: ${spec.name}`);
  const storageKey = `demo/ads/${spec.name}${phone ? '-phone' : ''}.webp`;
  const { width, height } = phone ? { width: MOBILE_LEADERBOARD_SIZE.width * PHONE_SCALE, height: MOBILE_LEADERBOARD_SIZE.height * PHONE_SCALE } : AD_SLOT_SIZES[spec.kind];
  const svg = await houseAdSvg(spec, { phone });
  // Lossless: flat colours and small text blur badly at WebP's lossy settings.
  const data = await sharp(Buffer.from(svg)).webp({ lossless: true, effort: 6 }).toBuffer();

  // Rendering is cheap, so every seed redraws; the file is only replaced when it changed.
  const storage = getMediaStorage();
  const current = await readMediaFile(storage, storageKey);
  if (!current || !Buffer.from(current).equals(data)) await storage.put(storageKey, data, 'image/webp');
  const meta = await sharp(data).metadata();
  if (meta.width !== width || meta.height !== height) throw new Error(`House ad ${spec.name} rendered at ${meta.width}×${meta.height}`);
  const blur = await sharp(data)
    .resize(Math.max(4, Math.round((16 * width) / height)), 16, { fit: 'fill' })
    .webp({ quality: 40 })
    .toBuffer();
  return {
    storageKey,
    width,
    height,
    bytes: data.byteLength,
    mimeType: 'image/webp',
    blurDataUrl: `data:image/webp;base64,${blur.toString('base64')}`,
  };
}

/** The SVG of a creative, for previews and tests. */
export async function houseAdSvg(spec: HouseAdCreativeSpec, { phone = false } = {}): Promise<string> {
  if (phone) return phoneBannerSvg(spec, MOBILE_LEADERBOARD_SIZE.width, MOBILE_LEADERBOARD_SIZE.height, PHONE_SCALE);
  const { width, height } = AD_SLOT_SIZES[spec.kind];
  return width / height > 3 ? bannerSvg(spec, width, height) : boxSvg(spec, width, height);
}

// ---------------------------------------------------------------------------------------------
// Layouts

interface TextStyle {
  family: string;
  size: number;
  bold: boolean;
}

/** 728×90: a coloured tile with the motif, the message, and a button on the far side. */
async function bannerSvg(spec: HouseAdCreativeSpec, w: number, h: number): Promise<string> {
  const rtl = spec.locale === 'ar';
  const family = rtl ? ARABIC_FONT : LATIN_FONT;
  const tile = 96;
  const pad = 18;

  const ctaStyle: TextStyle = { family, size: 17, bold: true };
  const ctaWidth = Math.ceil((await measure(spec.cta, ctaStyle)) + 40);
  const ctaX = rtl ? pad : w - pad - ctaWidth;

  const textStart = rtl ? w - tile - pad : tile + pad;
  const maxText = w - tile - ctaWidth - pad * 3;
  const headline = await fitOneLine(spec.headline, { family, size: 28, bold: true }, maxText, 18);
  const subline = await fitOneLine(spec.subline, { family, size: 15, bold: false }, maxText, 11);

  const tileX = rtl ? w - tile : 0;
  return svgDocument(w, h, spec, [
    `<rect width="${w}" height="${h}" fill="${PAPER}"/>`,
    `<rect x="${tileX}" width="${tile}" height="${h}" fill="${ACCENT}"/>`,
    starPattern(tileX, 0, tile, h, 0.12),
    motif(spec.motif, tileX + tile / 2, 36, 22, PAPER, ACCENT),
    wordmark(spec.locale, tileX + tile / 2, 76, 15, PAPER),
    text(headline.text, textStart, 42, headline.style, INK, rtl),
    text(subline.text, textStart, 67, subline.style, MUTED, rtl),
    button(spec.cta, ctaX, (h - 42) / 2, ctaWidth, 42, ctaStyle, rtl),
    `<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" fill="none" stroke="${RULE}"/>`,
  ]);
}

/**
 * 320×100 (drawn at `scale`): a narrower tile, the headline on one line, the subline on up to two,
 * and the button under them; sizes in CSS pixels, no smaller than 12 px so a phone can read them.
 */
async function phoneBannerSvg(spec: HouseAdCreativeSpec, w: number, h: number, scale: number): Promise<string> {
  const rtl = spec.locale === 'ar';
  const family = rtl ? ARABIC_FONT : LATIN_FONT;
  const tile = 64;
  const pad = 12;
  const maxText = w - tile - pad * 2;
  const textStart = rtl ? w - tile - pad : tile + pad;

  const headline = await fitOneLine(spec.headline, { family, size: rtl ? 21 : 19, bold: true }, maxText, 15);
  const subStyle: TextStyle = { family, size: rtl ? 14 : 12, bold: false };
  const sub = await wrap(spec.subline, subStyle, maxText, 2);
  const subLine = Math.round(subStyle.size * (rtl ? 1.3 : 1.25));
  const headY = rtl ? 27 : 25;
  const subY = headY + (rtl ? 19 : 18);

  const ctaStyle: TextStyle = { family, size: rtl ? 14 : 13, bold: true };
  const ctaWidth = Math.ceil((await measure(spec.cta, ctaStyle)) + 28);
  const ctaH = 22;
  const ctaY = h - ctaH - 7;
  const ctaX = rtl ? textStart - ctaWidth : textStart;

  const tileX = rtl ? w - tile : 0;
  return svgDocument(w, h, spec, [
    `<rect width="${w}" height="${h}" fill="${PAPER}"/>`,
    `<rect x="${tileX}" width="${tile}" height="${h}" fill="${ACCENT}"/>`,
    starPattern(tileX, 0, tile, h, 0.12),
    motif(spec.motif, tileX + tile / 2, 38, 18, PAPER, ACCENT),
    wordmark(spec.locale, tileX + tile / 2, 80, 13, PAPER),
    text(headline.text, textStart, headY, headline.style, INK, rtl),
    ...sub.map((line, i) => text(line, textStart, subY + i * subLine, subStyle, MUTED, rtl)),
    button(spec.cta, ctaX, ctaY, ctaWidth, ctaH, ctaStyle, rtl),
    `<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" fill="none" stroke="${RULE}"/>`,
  ], scale);
}

/** 300×250: a band with the motif and the masthead, the message on paper, a wide button below. */
async function boxSvg(spec: HouseAdCreativeSpec, w: number, h: number): Promise<string> {
  const rtl = spec.locale === 'ar';
  const family = rtl ? ARABIC_FONT : LATIN_FONT;
  const pad = 20;
  const band = 72;
  // The in-article unit sits inside a story: a darker band tells it apart from the text around it.
  const bandColour = spec.kind === 'in-article' ? INK : ACCENT;
  const maxText = w - pad * 2;
  const start = rtl ? w - pad : pad;

  const headStyle: TextStyle = { family, size: rtl ? 23 : 21, bold: true };
  const lines = await wrap(spec.headline, headStyle, maxText, 3);
  const lineHeight = Math.round(headStyle.size * (rtl ? 1.45 : 1.25));
  const sub = await fitOneLine(spec.subline, { family, size: rtl ? 15 : 14, bold: false }, maxText, 10);
  const subGap = rtl ? 30 : 26;

  const buttonH = 38;
  const buttonY = h - pad - buttonH + 4;
  // The message is centred between the band and the button: cap height of the first line down to
  // the subline's baseline.
  const block = headStyle.size * 0.75 + (lines.length - 1) * lineHeight + subGap;
  const headTop = Math.round(band + 4 + (buttonY - band - 4 - block) / 2 + headStyle.size * 0.75);
  const subY = headTop + (lines.length - 1) * lineHeight + subGap;
  const ctaStyle: TextStyle = { family, size: 16, bold: true };

  const iconX = rtl ? w - pad - 22 : pad + 22;
  const markX = rtl ? pad : w - pad;
  return svgDocument(w, h, spec, [
    `<rect width="${w}" height="${h}" fill="${PAPER}"/>`,
    `<rect width="${w}" height="${band}" fill="${bandColour}"/>`,
    starPattern(0, 0, w, band, 0.1),
    `<rect y="${band}" width="${w}" height="4" fill="${spec.kind === 'in-article' ? ACCENT : INK}"/>`,
    motif(spec.motif, iconX, band / 2, 22, PAPER, bandColour),
    // `end` is the left edge of right-to-left text, the right edge of left-to-right text.
    wordmark(spec.locale, markX, band / 2 + 8, 24, PAPER, 'end'),
    ...lines.map((line, i) => text(line, start, headTop + i * lineHeight, headStyle, INK, rtl)),
    text(sub.text, start, subY, sub.style, MUTED, rtl),
    button(spec.cta, pad, buttonY, w - pad * 2, buttonH, ctaStyle, rtl),
    `<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" fill="none" stroke="${RULE}"/>`,
  ]);
}

function svgDocument(w: number, h: number, spec: HouseAdCreativeSpec, parts: string[], scale = 1): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w * scale}" height="${h * scale}" viewBox="0 0 ${w} ${h}" lang="${spec.locale}">
${parts.join('\n')}
</svg>`;
}

function text(value: string, x: number, y: number, style: TextStyle, fill: string, rtl: boolean, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  const dir = rtl ? ' direction="rtl"' : '';
  return `<text x="${x}" y="${y}"${dir} text-anchor="${anchor}" font-family="${style.family}" font-size="${style.size}" font-weight="${style.bold ? 700 : 400}" fill="${fill}">${escapeXml(value)}</text>`;
}

function button(label: string, x: number, y: number, width: number, height: number, style: TextStyle, rtl: boolean): string {
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${height / 2}" fill="${ACCENT}"/>` +
    text(label, x + width / 2, y + height / 2 + style.size * 0.36, style, PAPER, rtl, 'middle')
  );
}

function wordmark(locale: 'fr' | 'ar', x: number, y: number, size: number, fill: string, anchor: 'start' | 'middle' | 'end' = 'middle'): string {
  return locale === 'ar'
    ? text('جريدة', x, y, { family: ARABIC_FONT, size: size * 1.1, bold: true }, fill, true, anchor)
    : text('Jarida', x, y, { family: WORDMARK_FONT, size, bold: true }, fill, false, anchor);
}

// ---------------------------------------------------------------------------------------------
// Graphics

/** A faint band of eight-pointed stars, the Moroccan zellige motif the covers use. */
function starPattern(x: number, y: number, w: number, h: number, opacity: number): string {
  const step = 36;
  const out: string[] = [];
  for (let row = 0; row * step <= h + step; row++) {
    for (let col = 0; col * step <= w + step; col++) {
      const cx = x + col * step + (row % 2 ? step / 2 : 0);
      if (cx > x + w + step / 2) continue;
      out.push(`<path d="${star8(cx, y + row * step, 9)}"/>`);
    }
  }
  return `<clipPath id="pattern"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath><g clip-path="url(#pattern)" fill="${PAPER}" opacity="${opacity}">${out.join('')}</g>`;
}

function motif(kind: HouseAdMotif, cx: number, cy: number, r: number, fg: string, bg: string): string {
  switch (kind) {
    case 'latest': {
      // A clock at five to the hour, with a "live" dot.
      return (
        `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${fg}" stroke-width="3"/>` +
        `<path d="M${cx},${cy}V${f(cy - r * 0.62)}M${cx},${cy}L${f(cx - r * 0.32)},${f(cy - r * 0.5)}" stroke="${fg}" stroke-width="3" stroke-linecap="round"/>` +
        `<circle cx="${f(cx + r * 0.78)}" cy="${f(cy - r * 0.78)}" r="${f(r * 0.3)}" fill="${fg}" stroke="${bg}" stroke-width="2.5"/>`
      );
    }
    case 'crescent': {
      // Crescent and star.
      return (
        `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fg}"/>` +
        `<circle cx="${f(cx + r * 0.42)}" cy="${f(cy - r * 0.16)}" r="${f(r * 0.84)}" fill="${bg}"/>` +
        `<path d="${star5(cx + r * 0.62, cy - r * 0.12, r * 0.36)}" fill="${fg}"/>`
      );
    }
    case 'morning': {
      // The sun rising over a folded newspaper.
      const rays = Array.from({ length: 7 }, (_, k) => {
        const a = Math.PI + (k * Math.PI) / 6;
        const x1 = cx + Math.cos(a) * r * 0.62;
        const y1 = cy + Math.sin(a) * r * 0.62 - 2;
        const x2 = cx + Math.cos(a) * r * 0.95;
        const y2 = cy + Math.sin(a) * r * 0.95 - 2;
        return `M${f(x1)},${f(y1)}L${f(x2)},${f(y2)}`;
      }).join('');
      return (
        `<path d="${rays}" stroke="${fg}" stroke-width="2.5" stroke-linecap="round"/>` +
        `<path d="M${f(cx - r * 0.42)},${f(cy - 2)}A${f(r * 0.42)},${f(r * 0.42)} 0 0 1 ${f(cx + r * 0.42)},${f(cy - 2)}Z" fill="${fg}"/>` +
        `<rect x="${f(cx - r)}" y="${f(cy + 2)}" width="${f(r * 2)}" height="${f(r * 0.9)}" rx="2" fill="${fg}"/>` +
        `<path d="M${f(cx - r * 0.75)},${f(cy + r * 0.3)}H${f(cx + r * 0.75)}M${f(cx - r * 0.75)},${f(cy + r * 0.6)}H${f(cx + r * 0.2)}" stroke="${bg}" stroke-width="2"/>`
      );
    }
  }
}

function star8(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let k = 0; k < 16; k++) {
    const a = (k * Math.PI) / 8;
    const radius = k % 2 === 0 ? r : r * 0.72;
    points.push(`${f(cx + radius * Math.cos(a))},${f(cy + radius * Math.sin(a))}`);
  }
  return `M${points.join('L')}Z`;
}

function star5(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const radius = k % 2 === 0 ? r : r * 0.42;
    points.push(`${f(cx + radius * Math.cos(a))},${f(cy + radius * Math.sin(a))}`);
  }
  return `M${points.join('L')}Z`;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

// ---------------------------------------------------------------------------------------------
// Text measurement: Pango through sharp, the engine that draws the SVG text.

const widths = new Map<string, number>();

async function measure(value: string, style: TextStyle): Promise<number> {
  const key = `${style.family}|${style.size}|${style.bold}|${value}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  // Pango sizes are in points: at 72 dpi one point is one pixel, as in the SVG.
  const family = style.family.split(',')[0]!.trim();
  const { info } = await sharp({
    text: { text: escapeXml(value), font: `${family}${style.bold ? ' Bold' : ''} ${style.size}`, dpi: 72 },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  widths.set(key, info.width);
  return info.width;
}

/** The text at the largest size down to `minSize` that fits on one line, shortened if nothing fits. */
async function fitOneLine(value: string, style: TextStyle, maxWidth: number, minSize: number): Promise<{ text: string; style: TextStyle }> {
  for (let size = style.size; size >= minSize; size--) {
    const candidate = { ...style, size };
    if ((await measure(value, candidate)) <= maxWidth) return { text: value, style: candidate };
  }
  const small = { ...style, size: minSize };
  const words = value.split(' ');
  while (words.length > 1) {
    words.pop();
    const shortened = `${words.join(' ')}…`;
    if ((await measure(shortened, small)) <= maxWidth) return { text: shortened, style: small };
  }
  throw new Error(`House ad text does not fit: ${value}`);
}

/** Greedy word wrap into at most `maxLines` lines; throws rather than cut an ad's message. */
async function wrap(value: string, style: TextStyle, maxWidth: number, maxLines: number): Promise<string[]> {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || (await measure(candidate, style)) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines || (await Promise.all(lines.map((l) => measure(l, style)))).some((width) => width > maxWidth)) {
    throw new Error(`House ad headline does not fit in ${maxLines} lines: ${value}`);
  }
  return lines;
}
