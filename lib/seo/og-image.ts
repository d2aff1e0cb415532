import 'server-only';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import type { AppLocale } from '@/lib/i18n/routing';
import { cropBox, type Focal } from '@/lib/media/crop';
import { MAX_INPUT_PIXELS } from '@/lib/media/limits';
import { el, renderFragment, type XmlChild } from './xml';

/*
 * Open Graph cards (1200×630) drawn with sharp: an article with a cover shows the photo, cut
 * around its focal point, under the title band (JPEG); others are text on paper (PNG). Its text renderer is Pango with HarfBuzz,
 * which joins Arabic letters and lays lines out right to left; satori (next/og) does neither
 * reliably. Fonts are the site's own, as TTF (app/fonts/README.md).
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const PAPER = '#faf8f4';
const INK = '#1b1b1f';
const MUTED = '#5c6066';
const ACCENT = '#b3261e';

const MARGIN = 72;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;

const FONTS = {
  arabic: { file: 'noto-naskh-arabic.ttf', family: 'Noto Naskh Arabic' },
  latin: { file: 'source-serif-4-latin.ttf', family: 'Source Serif 4' },
};

function fontFile(name: keyof typeof FONTS): string {
  return path.join(process.cwd(), 'app', 'fonts', FONTS[name].file);
}

// libvips adds a `fontfile` to its process-wide font configuration, and one call takes one file.
// Rendering a character with each font once makes both available to every later call, so the
// family lists below can fall back from Arabic to Latin (Noto Naskh has no Latin letters or digits).
let fontsReady: Promise<void> | undefined;
function registerFonts(): Promise<void> {
  fontsReady ??= Promise.all(
    (Object.keys(FONTS) as (keyof typeof FONTS)[]).map((name) =>
      sharp({ text: { text: '.', font: `${FONTS[name].family} 12`, fontfile: fontFile(name) } }).png().toBuffer(),
    ),
  ).then(() => undefined);
  return fontsReady;
}

function families(locale: AppLocale): string {
  return locale === 'ar' ? `${FONTS.arabic.family},${FONTS.latin.family}` : `${FONTS.latin.family},${FONTS.arabic.family}`;
}

interface TextBlock {
  image: Buffer;
  width: number;
  height: number;
}

// Pango takes a paragraph's direction from its first strong character. A right-to-left mark
// first makes an Arabic title right to left even when it starts with Latin text ("COP30 …").
const RLM = '\u200F';

async function drawText(options: {
  locale: AppLocale;
  markup: XmlChild;
  size: number;
  weight?: 'Regular' | 'SemiBold' | 'Bold';
  width: number;
  /** Added to the font's own line pitch (negative tightens). */
  spacing?: number;
}): Promise<TextBlock> {
  const rtl = options.locale === 'ar';
  const text = renderFragment(el('span', {}, rtl ? RLM : null, options.markup));
  const { data, info } = await sharp({
    text: {
      text,
      font: `${families(options.locale)} ${options.weight ?? 'Regular'} ${options.size}`,
      fontfile: fontFile(rtl ? 'arabic' : 'latin'),
      width: options.width,
      dpi: 72,
      rgba: true,
      wrap: 'word',
      // Pango swaps left and right for a right-to-left paragraph: 'left' is the start edge.
      align: 'left',
      spacing: options.spacing,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { image: data, width: info.width, height: info.height };
}

/** The largest size at which the title fits its box; long titles shrink rather than overflow. */
async function fitTitle(locale: AppLocale, title: string, maxHeight: number): Promise<TextBlock> {
  const sizes = locale === 'ar' ? [64, 56, 48, 42, 36] : [68, 60, 52, 46, 40];
  // Headlines sit tighter than the fonts' own line pitch (about 1.28 em for Source Serif, 1.46 em
  // for Noto Naskh, whose tall letters need more room).
  const draw = (text: string, size: number) =>
    drawText({ locale, markup: el('span', { foreground: INK }, text), size, weight: 'Bold', width: TEXT_WIDTH, spacing: -Math.round(size * (locale === 'ar' ? 0.1 : 0.13)) });
  for (const size of sizes) {
    const block = await draw(title, size);
    if (block.height <= maxHeight) return block;
  }
  // Still too long at the smallest size: keep as many words as fit (binary search) and mark the cut.
  const size = sizes.at(-1)!;
  const words = title.split(/\s+/);
  let [fits, fitting, tooMany] = [1, await draw(`${words[0]} …`, size), words.length];
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    const block = await draw(`${words.slice(0, middle).join(' ')} …`, size);
    if (block.height <= maxHeight) [fits, fitting] = [middle, block];
    else tooMany = middle;
  }
  return fitting;
}

/** x of a block of this width at the start edge of the text column (the right edge in Arabic). */
function startX(locale: AppLocale, width: number): number {
  return locale === 'ar' ? OG_WIDTH - MARGIN - width : MARGIN;
}

export interface OgCard {
  locale: AppLocale;
  siteName: string;
  /** Main line: the article's title, or the tagline on the site card. */
  title: string;
  /** Small line above the title, e.g. the section. */
  kicker?: string;
  /** Bottom line, e.g. the site's host name. */
  footer: string;
  /** The cover photo (its share base) and its focal point: shown under the title band. */
  photo?: { bytes: Uint8Array; focal: Focal };
}

/** Height of the title band above the photo. */
export const OG_BAND_HEIGHT = 300;
const RULE_HEIGHT = 16;

/** The photo strip under the band, cut around the focal point. */
async function photoStrip(photo: NonNullable<OgCard['photo']>): Promise<Buffer> {
  const height = OG_HEIGHT - OG_BAND_HEIGHT - RULE_HEIGHT;
  const image = sharp(photo.bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  const meta = await sharp(photo.bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  const box = cropBox(meta.width!, meta.height!, { width: OG_WIDTH, height }, photo.focal);
  return image.extract(box).resize(OG_WIDTH, height, { fit: 'fill' }).removeAlpha().png().toBuffer();
}

/** The article card with a photo: brand, host, kicker and title on a paper band, the photo below. */
async function renderPhotoCard(card: OgCard & { photo: NonNullable<OgCard['photo']> }): Promise<Buffer> {
  await registerFonts();
  const { locale } = card;
  const iconSize = 48;
  const icon = await sharp(path.join(process.cwd(), 'public', 'icon.svg'), { density: 300 }).resize(iconSize, iconSize).png().toBuffer();
  const [wordmark, kicker, host, strip] = await Promise.all([
    drawText({ locale, markup: el('span', { foreground: INK }, card.siteName, el('span', { foreground: ACCENT }, '.')), size: 34, weight: 'Bold', width: 600 }),
    card.kicker ? drawText({ locale, markup: el('span', { foreground: ACCENT }, card.kicker), size: locale === 'ar' ? 28 : 26, weight: 'Bold', width: TEXT_WIDTH }) : null,
    drawText({ locale, markup: el('span', { foreground: MUTED }, card.footer), size: 22, width: 500 }),
    photoStrip(card.photo),
  ]);
  const top = 32;
  const brandGap = 14;
  const iconLeft = locale === 'ar' ? OG_WIDTH - MARGIN - iconSize : MARGIN;
  const wordmarkLeft = locale === 'ar' ? iconLeft - brandGap - wordmark.width : iconLeft + iconSize + brandGap;
  // The host at the end edge of the brand line (the left edge in Arabic).
  const hostLeft = locale === 'ar' ? MARGIN : OG_WIDTH - MARGIN - host.width;
  const kickerTop = top + iconSize + 22;
  const titleTop = kicker ? kickerTop + kicker.height + 8 : kickerTop;
  const title = await fitTitle(locale, card.title, OG_BAND_HEIGHT - 18 - titleTop);
  const layers: OverlayOptions[] = [
    { input: strip, left: 0, top: OG_BAND_HEIGHT },
    { input: icon, left: iconLeft, top },
    { input: wordmark.image, left: wordmarkLeft, top: top + Math.round((iconSize - wordmark.height) / 2) },
    { input: host.image, left: hostLeft, top: top + Math.round((iconSize - host.height) / 2) },
  ];
  if (kicker) layers.push({ input: kicker.image, left: startX(locale, kicker.width), top: kickerTop });
  layers.push({ input: title.image, left: startX(locale, title.width), top: titleTop });
  layers.push({ input: { create: { width: OG_WIDTH, height: RULE_HEIGHT, channels: 4, background: ACCENT } }, left: 0, top: OG_HEIGHT - RULE_HEIGHT });
  return sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: PAPER } })
    .composite(layers)
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/** The card as PNG (text only, crisp and small), or as JPEG with a photo (a photo as PNG weighs ~1 MB). */
export async function renderOgImage(card: OgCard): Promise<{ bytes: Buffer; type: 'image/png' | 'image/jpeg' }> {
  if (card.photo) return { bytes: await renderPhotoCard({ ...card, photo: card.photo }), type: 'image/jpeg' };
  return { bytes: await renderTextCard(card), type: 'image/png' };
}

async function renderTextCard(card: OgCard): Promise<Buffer> {
  await registerFonts();
  const { locale } = card;
  const iconSize = 64;
  const icon = await sharp(path.join(process.cwd(), 'public', 'icon.svg'), { density: 300 }).resize(iconSize, iconSize).png().toBuffer();
  const [wordmark, kicker, footer] = await Promise.all([
    drawText({ locale, markup: el('span', { foreground: INK }, card.siteName, el('span', { foreground: ACCENT }, '.')), size: 44, weight: 'Bold', width: 600 }),
    card.kicker ? drawText({ locale, markup: el('span', { foreground: ACCENT }, card.kicker), size: locale === 'ar' ? 34 : 30, weight: 'Bold', width: TEXT_WIDTH }) : null,
    drawText({ locale, markup: el('span', { foreground: MUTED }, card.footer), size: 26, width: TEXT_WIDTH }),
  ]);

  const top = 56;
  const brandGap = 20;
  const iconLeft = locale === 'ar' ? OG_WIDTH - MARGIN - iconSize : MARGIN;
  const wordmarkLeft = locale === 'ar' ? iconLeft - brandGap - wordmark.width : iconLeft + iconSize + brandGap;
  const layers: OverlayOptions[] = [
    { input: icon, left: iconLeft, top },
    { input: wordmark.image, left: wordmarkLeft, top: top + Math.round((iconSize - wordmark.height) / 2) },
  ];

  const footerTop = OG_HEIGHT - 40 - footer.height - 16;
  const kickerTop = 176;
  const titleTop = kicker ? kickerTop + kicker.height + 16 : kickerTop;
  const title = await fitTitle(locale, card.title, footerTop - 24 - titleTop);
  if (kicker) layers.push({ input: kicker.image, left: startX(locale, kicker.width), top: kickerTop });
  layers.push({ input: title.image, left: startX(locale, title.width), top: titleTop });
  layers.push({ input: footer.image, left: startX(locale, footer.width), top: footerTop });
  // The accent rule along the bottom edge, as under the site's masthead.
  layers.push({ input: { create: { width: OG_WIDTH, height: 16, channels: 4, background: ACCENT } }, left: 0, top: OG_HEIGHT - 16 });

  return sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4, background: PAPER } })
    .composite(layers)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
