import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { escapeXml } from '@/lib/seo/xml';
import { getMediaStorage, readMediaFile } from '@/lib/storage/storage';

/*
 * Demo artwork for the seed: editorial illustrations built as SVG and rasterised by sharp.
 * Every picture is a pure function of its name (seeded PRNG), so re-running the seed produces the
 * same files. There is deliberately no text in the images: text would need translating and is
 * invisible to screen readers (the alt text lives in the database).
 */

export const COVER_MOTIFS = [
  'skyline',
  'waves',
  'stadium',
  'awning',
  'graph',
  'solar',
  'fields',
  'mountains',
  'rails',
  'globe',
  'cinema',
  'books',
  'port',
  'arches',
  'drops',
  'network',
  'pulse',
  'dunes',
  'wind',
  'music',
] as const;
export type CoverMotif = (typeof COVER_MOTIFS)[number];

export interface Palette {
  /** Gradient stops, light-ish to deep. */
  bg: [string, string, string];
  accent: string;
  light: string;
  dark: string;
}

// One colour family per section (keyed by the French section slug).
export const SECTION_PALETTES: Record<string, Palette> = {
  maroc: { bg: ['#9b2c2c', '#5e1620', '#240a10'], accent: '#e3a948', light: '#f6e3c4', dark: '#1a0609' },
  monde: { bg: ['#23508f', '#142f5c', '#081327'], accent: '#5cc2c0', light: '#dce9f7', dark: '#050c1a' },
  economie: { bg: ['#12707a', '#0b444d', '#041a1f'], accent: '#e0b552', light: '#e3f1ec', dark: '#021013' },
  societe: { bg: ['#b0652a', '#6e3412', '#2a1206'], accent: '#f3cf84', light: '#fbead0', dark: '#190a03' },
  sport: { bg: ['#1f8049', '#0f4a2a', '#04200f'], accent: '#f1e9c9', light: '#e6f4e4', dark: '#021208' },
  culture: { bg: ['#7a3a8c', '#4a1d5a', '#1c0924'], accent: '#efb4c8', light: '#f5e5f2', dark: '#10041a' },
};

const FALLBACK_PALETTE: Palette = SECTION_PALETTES.maroc!;

export interface CoverSpec {
  /** File name without extension: the image is stored as `demo/<name>.webp`. */
  name: string;
  /** French section slug; picks the colour family. */
  section: string;
  motif: CoverMotif;
  /** Re-render even if the file exists (the default keeps existing files). */
  force?: boolean;
}

export interface AvatarSpec {
  /** Author slug: the image is stored as `demo/authors/<name>.webp`. */
  name: string;
  /** Latin initials drawn on the avatar; omit for a purely abstract avatar. */
  initials?: string;
  /** French section slug for the colour family; a seeded pick when omitted. */
  section?: string;
  force?: boolean;
}

export interface GeneratedImage {
  storageKey: string;
  width: number;
  height: number;
  bytes: number;
  mimeType: 'image/webp';
  blurDataUrl: string;
}

export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 900;
export const AVATAR_SIZE = 400;

export async function generateCover(spec: CoverSpec): Promise<GeneratedImage> {
  assertSafeName(spec.name);
  const storageKey = `demo/${spec.name}.webp`;
  return renderOnce(storageKey, spec.force ?? false, { width: 16, height: 9 }, () => coverSvg(spec));
}

export async function generateAvatar(spec: AvatarSpec): Promise<GeneratedImage> {
  assertSafeName(spec.name);
  const storageKey = `demo/authors/${spec.name}.webp`;
  return renderOnce(storageKey, spec.force ?? false, { width: 16, height: 16 }, () => avatarSvg(spec));
}

function assertSafeName(name: string): void {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new Error(`Invalid demo image name: ${name}`);
}

async function renderOnce(
  storageKey: string,
  force: boolean,
  blurSize: { width: number; height: number },
  svg: () => string,
): Promise<GeneratedImage> {
  // Through the configured storage, so the demo pictures are in the bucket with MEDIA_STORAGE=s3 too.
  const storage = getMediaStorage();
  let data: Buffer | null = null;
  if (!force) {
    const stored = await readMediaFile(storage, storageKey);
    data = stored ? Buffer.from(stored) : null;
  }
  if (!data) {
    data = await sharp(Buffer.from(svg())).webp({ quality: 72, effort: 5 }).toBuffer();
    await storage.put(storageKey, data, 'image/webp');
  }
  const meta = await sharp(data).metadata();
  if (!meta.width || !meta.height) throw new Error(`Unreadable image: ${storageKey}`);
  const blur = await sharp(data).resize(blurSize.width, blurSize.height, { fit: 'fill' }).webp({ quality: 40 }).toBuffer();
  return {
    storageKey,
    width: meta.width,
    height: meta.height,
    bytes: data.byteLength,
    mimeType: 'image/webp',
    blurDataUrl: `data:image/webp;base64,${blur.toString('base64')}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

type Rng = () => number;

function rngFrom(seed: string): Rng {
  const hash = createHash('sha256').update(seed).digest();
  let a = hash.readUInt32LE(0);
  // mulberry32
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rng: Rng, min: number, max: number) => min + (max - min) * rng();
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const f = (n: number) => (Math.round(n * 10) / 10).toString();

// ---------------------------------------------------------------------------------------------
// Colour helpers

function hexToHsl(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  return [h, s, l];
}

function hsl(h: number, s: number, l: number): string {
  const hh = ((h % 360) + 360) % 360;
  const ss = Math.min(1, Math.max(0, s));
  const ll = Math.min(1, Math.max(0, l));
  return `hsl(${f(hh)}, ${f(ss * 100)}%, ${f(ll * 100)}%)`;
}

/** Shifts a colour's hue and lightness, for per-article variations inside a section's family. */
function shade(hex: string, hueShift: number, lightness = 0, saturation = 0): string {
  const [h, s, l] = hexToHsl(hex);
  return hsl(h + hueShift, s + saturation, l + lightness);
}

// ---------------------------------------------------------------------------------------------
// Moroccan geometry

/** Eight-point star (two overlapping squares) as a closed path. */
function star8(cx: number, cy: number, r: number, rotation = 0): string {
  const inner = r * 0.7654; // cos(45°) / cos(22.5°)
  const points: string[] = [];
  for (let k = 0; k < 16; k++) {
    const angle = rotation + (k * Math.PI) / 8 - Math.PI / 2;
    const radius = k % 2 === 0 ? r : inner;
    points.push(`${f(cx + radius * Math.cos(angle))},${f(cy + radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/** Star with `n` points and a given inner/outer ratio. */
function starN(cx: number, cy: number, r: number, n: number, ratio: number, rotation = 0): string {
  const points: string[] = [];
  for (let k = 0; k < n * 2; k++) {
    const angle = rotation + (k * Math.PI) / n - Math.PI / 2;
    const radius = k % 2 === 0 ? r : r * ratio;
    points.push(`${f(cx + radius * Math.cos(angle))},${f(cy + radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

function polygon(cx: number, cy: number, r: number, n: number, rotation = 0): string {
  const points: string[] = [];
  for (let k = 0; k < n; k++) {
    const angle = rotation + (k * 2 * Math.PI) / n;
    points.push(`${f(cx + r * Math.cos(angle))},${f(cy + r * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/**
 * A zellige-like tessellation (stars on a lattice, small diamonds between them, linking straps)
 * that fades out with distance from a focus point, leaving room for the motif.
 */
function zellige(rng: Rng, w: number, h: number, p: Palette, hue: number, focus: { x: number; y: number }, size: number): string {
  const star = size * 0.4;
  const reach = Math.hypot(w, h) * between(rng, 0.45, 0.62);
  const out: string[] = [];
  const fillColours = [shade(p.accent, hue, -0.05), shade(p.light, hue, -0.1), shade(p.bg[0], hue + 25, 0.12)];
  for (let j = -1; j <= Math.ceil(h / size) + 1; j++) {
    for (let i = -1; i <= Math.ceil(w / size) + 1; i++) {
      const x = i * size;
      const y = j * size;
      const d = Math.hypot(x - focus.x, y - focus.y) / reach;
      const fade = Math.max(0, 1 - d);
      const strength = Math.min(1, fade * 1.25) ** 2 * between(rng, 0.6, 1);
      if (strength < 0.04) continue;
      const o = f(Math.min(0.85, strength));
      // Double outline, the way cut tiles show a line of grout around each piece.
      out.push(`<path d="${star8(x, y, star)}" fill="none" stroke="${p.accent}" stroke-width="2.2" opacity="${o}"/>`);
      out.push(`<path d="${star8(x, y, star * 0.8)}" fill="none" stroke="${p.light}" stroke-width="1.1" opacity="${f(Number(o) * 0.6)}"/>`);
      if (rng() < 0.35 * fade + 0.05) {
        out.push(`<path d="${star8(x, y, star * 0.55, Math.PI / 8)}" fill="${pick(rng, fillColours)}" opacity="${f(Math.min(0.7, strength * 0.9))}"/>`);
      }
      // Straps linking neighbours, and a small diamond in each gap.
      out.push(
        `<path d="M${f(x + star)},${f(y)}H${f(x + size - star)}M${f(x)},${f(y + star)}V${f(y + size - star)}" stroke="${p.accent}" stroke-width="1.6" opacity="${f(Number(o) * 0.7)}"/>`,
      );
      const gx = x + size / 2;
      const gy = y + size / 2;
      out.push(`<path d="${polygon(gx, gy, size * 0.17, 4)}" fill="none" stroke="${p.light}" stroke-width="1.4" opacity="${f(Number(o) * 0.75)}"/>`);
      if (rng() < 0.25 * fade) {
        out.push(`<path d="${polygon(gx, gy, size * 0.1, 4)}" fill="${p.accent}" opacity="${f(strength * 0.6)}"/>`);
      }
    }
  }
  return `<g>${out.join('')}</g>`;
}

/** A large, faint rosette (16 and 8 point stars, rings), often half outside the frame. */
function rosette(cx: number, cy: number, r: number, p: Palette, opacity: number): string {
  const parts = [
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="none" stroke="${p.accent}" stroke-width="2"/>`,
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.94)}" fill="none" stroke="${p.light}" stroke-width="1"/>`,
    `<path d="${starN(cx, cy, r * 0.9, 16, 0.8)}" fill="none" stroke="${p.accent}" stroke-width="1.8"/>`,
    `<path d="${starN(cx, cy, r * 0.72, 16, 0.78, Math.PI / 16)}" fill="none" stroke="${p.light}" stroke-width="1.2"/>`,
    `<path d="${star8(cx, cy, r * 0.5)}" fill="none" stroke="${p.accent}" stroke-width="2"/>`,
    `<path d="${star8(cx, cy, r * 0.5, Math.PI / 8)}" fill="none" stroke="${p.accent}" stroke-width="1.2"/>`,
    `<path d="${star8(cx, cy, r * 0.24)}" fill="${p.accent}" fill-opacity="0.35" stroke="${p.light}" stroke-width="1"/>`,
  ];
  for (let k = 0; k < 16; k++) {
    const a = (k * Math.PI) / 8;
    parts.push(
      `<path d="M${f(cx + r * 0.5 * Math.cos(a))},${f(cy + r * 0.5 * Math.sin(a))}L${f(cx + r * 0.9 * Math.cos(a))},${f(cy + r * 0.9 * Math.sin(a))}" stroke="${p.light}" stroke-width="0.9"/>`,
    );
  }
  return `<g opacity="${f(opacity)}">${parts.join('')}</g>`;
}

// ---------------------------------------------------------------------------------------------
// Story motifs: flat, layered shapes in the section's colours.

interface MotifContext {
  rng: Rng;
  w: number;
  h: number;
  p: Palette;
  hue: number;
  /** Horizontal mirror so that not every picture leans the same way. */
  flip: boolean;
}

type MotifDrawer = (c: MotifContext) => string;

const fg = (c: MotifContext, l: number, s = 0) => shade(c.p.bg[2], c.hue, l, s);

function sun(c: MotifContext, cx: number, cy: number, r: number): string {
  return (
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 2.2)}" fill="url(#glow)" opacity="0.7"/>` +
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${shade(c.p.accent, c.hue, 0.05)}" opacity="0.92"/>` +
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.78)}" fill="none" stroke="${c.p.light}" stroke-width="1.5" opacity="0.5"/>`
  );
}

function wavePath(w: number, baseY: number, amp: number, length: number, phase: number, bottom: number): string {
  let d = `M0,${f(bottom)}L0,${f(baseY)}`;
  for (let x = 0; x <= w; x += 20) d += `L${x},${f(baseY + amp * Math.sin((x / length) * Math.PI * 2 + phase))}`;
  return `${d}L${w},${f(bottom)}Z`;
}

const MOTIFS: Record<CoverMotif, MotifDrawer> = {
  skyline(c) {
    const { rng, w, h } = c;
    const out: string[] = [sun(c, w * between(rng, 0.62, 0.8), h * 0.34, between(rng, 70, 100))];
    for (let layer = 0; layer < 3; layer++) {
      const base = h * (0.78 + layer * 0.06);
      const colour = fg(c, 0.16 - layer * 0.07);
      const parts: string[] = [];
      const windows: string[] = [];
      let x = -20;
      while (x < w + 20) {
        const bw = between(rng, 50, 130);
        const bh = between(rng, 80, 300) * (1 - layer * 0.25);
        parts.push(`M${f(x)},${h}V${f(base - bh)}H${f(x + bw)}V${h}Z`);
        if (layer === 2 && rng() < 0.45) {
          for (let wy = base - bh + 20; wy < base - 20; wy += 26) {
            for (let wx = x + 12; wx < x + bw - 14; wx += 22) {
              if (rng() < 0.3) windows.push(`M${f(wx)},${f(wy)}h8v12h-8Z`);
            }
          }
        }
        x += bw + between(rng, 0, 12);
      }
      out.push(`<path d="${parts.join('')}" fill="${colour}"/>`);
      if (windows.length) out.push(`<path d="${windows.join('')}" fill="${c.p.accent}" opacity="0.6"/>`);
      if (layer === 1) {
        // A minaret: square shaft, lantern and finial.
        const mx = w * (c.flip ? between(rng, 0.6, 0.8) : between(rng, 0.15, 0.35));
        const top = h * 0.2;
        out.push(
          `<path d="M${f(mx)},${h}V${f(top + 60)}H${f(mx + 56)}V${h}Z M${f(mx + 10)},${f(top + 60)}V${f(top + 18)}H${f(mx + 46)}V${f(top + 60)}Z" fill="${colour}"/>` +
            `<path d="M${f(mx - 4)},${f(top + 60)}H${f(mx + 60)}" stroke="${colour}" stroke-width="8"/>` +
            `<path d="M${f(mx + 28)},${f(top + 18)}V${f(top - 10)}" stroke="${colour}" stroke-width="4"/>` +
            `<circle cx="${f(mx + 28)}" cy="${f(top - 14)}" r="5" fill="${colour}"/>` +
            `<path d="${star8(mx + 28, top + 110, 14)}" fill="${c.p.accent}" opacity="0.6"/>` +
            `<path d="M${f(mx + 18)},${f(top + 170)}h20v34h-20Z" fill="${c.p.accent}" opacity="0.35"/>`,
        );
      }
    }
    return out.join('');
  },
  waves(c) {
    const { rng, w, h } = c;
    const out = [sun(c, w * between(rng, 0.2, 0.4), h * 0.4, between(rng, 80, 120))];
    for (let k = 0; k < 5; k++) {
      const y = h * (0.58 + k * 0.085);
      out.push(
        `<path d="${wavePath(w, y, between(rng, 10, 24), between(rng, 260, 520), rng() * 6, h)}" fill="${fg(c, 0.2 - k * 0.045, 0.05)}" opacity="${f(0.75 + k * 0.05)}"/>`,
      );
      out.push(`<path d="${wavePath(w, y, 14, 380, k, y + 2).replace(/L\d+,\d+(\.\d+)?Z$/, '')}" fill="none" stroke="${c.p.light}" stroke-width="1.2" opacity="0.25"/>`);
    }
    return out.join('');
  },
  stadium(c) {
    const { rng, w, h } = c;
    const cx = w * between(rng, 0.45, 0.6);
    const cy = h * 0.98;
    const out: string[] = [];
    for (const side of [-1, 1]) {
      const tx = cx + side * w * 0.36;
      out.push(
        `<path d="M${f(tx)},${f(h * 0.12)}L${f(cx + side * 80)},${f(cy - 140)}L${f(cx + side * 320)},${f(cy - 120)}Z" fill="${c.p.light}" opacity="0.08"/>` +
          `<path d="M${f(tx)},${f(h * 0.14)}V${f(h * 0.62)}" stroke="${fg(c, 0.2)}" stroke-width="8"/>` +
          `<rect x="${f(tx - 34)}" y="${f(h * 0.1)}" width="68" height="34" rx="4" fill="${fg(c, 0.22)}"/>` +
          `<path d="M${f(tx - 26)},${f(h * 0.12)}h52M${f(tx - 26)},${f(h * 0.135)}h52" stroke="${c.p.light}" stroke-width="3" opacity="0.8"/>`,
      );
    }
    for (let k = 0; k < 5; k++) {
      const rx = w * (0.62 - k * 0.07);
      const ry = h * (0.56 - k * 0.06);
      out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fg(c, 0.18 - k * 0.03)}" opacity="0.9"/>`);
      out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="none" stroke="${c.p.accent}" stroke-width="1.4" opacity="0.35"/>`);
    }
    out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(w * 0.3)}" ry="${f(h * 0.24)}" fill="${shade(c.p.bg[0], c.hue, 0.02, 0.05)}"/>`);
    out.push(
      `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(w * 0.26)}" ry="${f(h * 0.2)}" fill="none" stroke="${c.p.light}" stroke-width="3" opacity="0.7"/>` +
        `<path d="M${f(cx)},${f(cy - h * 0.2)}V${f(cy)}" stroke="${c.p.light}" stroke-width="3" opacity="0.7"/>` +
        `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="60" ry="46" fill="none" stroke="${c.p.light}" stroke-width="3" opacity="0.7"/>`,
    );
    return out.join('');
  },
  awning(c) {
    const { rng, w, h } = c;
    const out: string[] = [];
    const stalls = 4;
    const stallW = w / stalls;
    for (let s = 0; s < stalls; s++) {
      const x0 = s * stallW + between(rng, -10, 10);
      const top = h * between(rng, 0.34, 0.44);
      const depth = between(rng, 70, 110);
      const stripes = 8;
      const sw = stallW / stripes;
      const colourA = shade(c.p.accent, c.hue + between(rng, -15, 15), -0.02);
      const colourB = c.p.light;
      for (let k = 0; k < stripes; k++) {
        const x = x0 + k * sw;
        out.push(
          `<path d="M${f(x)},${f(top)}H${f(x + sw)}L${f(x + sw + 6)},${f(top + depth)}Q${f(x + sw / 2 + 3)},${f(top + depth + 26)} ${f(x + 6)},${f(top + depth)}Z" fill="${k % 2 ? colourA : colourB}" opacity="${k % 2 ? 0.92 : 0.8}"/>`,
        );
      }
      out.push(`<path d="M${f(x0 + 14)},${f(top + depth + 10)}V${f(h)}M${f(x0 + stallW - 8)},${f(top + depth + 10)}V${f(h)}" stroke="${fg(c, 0.14)}" stroke-width="6"/>`);
      // Goods: stacked baskets and lanterns.
      for (let b = 0; b < 3; b++) {
        const bx = x0 + 50 + b * (stallW - 100) / 2;
        const by = h * 0.86;
        out.push(
          `<path d="M${f(bx - 50)},${f(by)}Q${f(bx)},${f(by - 80)} ${f(bx + 50)},${f(by)}Z" fill="${shade(c.p.accent, c.hue + b * 12, -0.2 + b * 0.05)}" opacity="0.9"/>`,
        );
      }
      const lx = x0 + stallW / 2;
      out.push(
        `<path d="M${f(lx)},${f(top + depth + 8)}V${f(top + depth + 40)}" stroke="${c.p.light}" stroke-width="2" opacity="0.6"/>` +
          `<path d="${polygon(lx, top + depth + 66, 24, 8, Math.PI / 8)}" fill="${c.p.accent}" opacity="0.85"/>` +
          `<circle cx="${f(lx)}" cy="${f(top + depth + 66)}" r="60" fill="url(#glow)" opacity="0.6"/>`,
      );
    }
    out.push(`<rect x="0" y="${f(h * 0.86)}" width="${w}" height="${f(h * 0.14)}" fill="${fg(c, 0.06)}"/>`);
    return out.join('');
  },
  graph(c) {
    const { rng, w, h } = c;
    const out: string[] = [];
    for (let x = 120; x < w; x += 120) out.push(`<path d="M${x},${f(h * 0.2)}V${f(h * 0.88)}" stroke="${c.p.light}" stroke-width="1" opacity="0.12"/>`);
    for (let y = h * 0.24; y < h * 0.9; y += 80) out.push(`<path d="M80,${f(y)}H${w - 80}" stroke="${c.p.light}" stroke-width="1" opacity="0.12"/>`);
    const bars = 11;
    for (let k = 0; k < bars; k++) {
      const bh = between(rng, 0.08, 0.22) * h + k * 14;
      const x = 140 + k * ((w - 280) / bars);
      out.push(`<rect x="${f(x)}" y="${f(h * 0.88 - bh)}" width="${f((w - 280) / bars - 26)}" height="${f(bh)}" rx="4" fill="${fg(c, 0.18)}" opacity="0.85"/>`);
    }
    const pts: [number, number][] = [];
    const from = h * between(rng, 0.66, 0.74);
    const to = h * between(rng, 0.26, 0.36);
    for (let k = 0; k <= 14; k++) {
      const x = 100 + (k * (w - 200)) / 14;
      pts.push([x, from + ((to - from) * k) / 14 + (k && k < 14 ? between(rng, -50, 50) : 0)]);
    }
    const line = pts.map(([x, yy], i) => `${i ? 'L' : 'M'}${f(x)},${f(yy)}`).join('');
    out.push(`<path d="${line}L${f(pts.at(-1)![0])},${f(h * 0.88)}L${f(pts[0]![0])},${f(h * 0.88)}Z" fill="url(#area)" opacity="0.7"/>`);
    out.push(`<path d="${line}" fill="none" stroke="${c.p.accent}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>`);
    for (const [x, yy] of pts.filter((_, i) => i % 3 === 0)) out.push(`<circle cx="${f(x)}" cy="${f(yy)}" r="9" fill="${c.p.light}" stroke="${c.p.accent}" stroke-width="4"/>`);
    return out.join('');
  },
  solar(c) {
    const { rng, w, h } = c;
    const out = [sun(c, w * between(rng, 0.68, 0.82), h * 0.26, 90)];
    out.push(`<path d="M0,${f(h * 0.56)}Q${f(w * 0.5)},${f(h * 0.5)} ${w},${f(h * 0.58)}V${h}H0Z" fill="${fg(c, 0.12, -0.1)}"/>`);
    for (let row = 0; row < 5; row++) {
      const y = h * (0.6 + row * 0.08);
      const scale = 0.6 + row * 0.22;
      const pw = 120 * scale;
      const ph = 40 * scale;
      for (let x = -pw + (row % 2) * pw * 0.5; x < w + pw; x += pw * 1.15) {
        out.push(
          `<path d="M${f(x)},${f(y + ph)}L${f(x + pw * 0.18)},${f(y)}H${f(x + pw)}L${f(x + pw * 0.82)},${f(y + ph)}Z" fill="${shade(c.p.bg[0], c.hue + 30, -0.05, 0.1)}" stroke="${c.p.light}" stroke-width="1.2" stroke-opacity="0.45"/>` +
            `<path d="M${f(x + pw * 0.09)},${f(y + ph / 2)}H${f(x + pw * 0.91)}M${f(x + pw * 0.5)},${f(y)}L${f(x + pw * 0.41)},${f(y + ph)}" stroke="${c.p.light}" stroke-width="0.8" opacity="0.35"/>`,
        );
      }
    }
    return out.join('');
  },
  fields(c) {
    const { rng, w, h } = c;
    const out = [sun(c, w * between(rng, 0.15, 0.85), h * 0.22, 70)];
    const horizon = h * 0.44;
    const vx = w * between(rng, 0.35, 0.65);
    // Rolling hills behind the plain, lighter (further away) first.
    for (let k = 0; k < 3; k++) {
      const y = horizon - 30 - (2 - k) * 34;
      const peak = w * between(rng, 0.15, 0.85);
      out.push(
        `<path d="M0,${f(y + between(rng, 0, 40))}Q${f(peak)},${f(y - between(rng, 60, 120))} ${w},${f(y + between(rng, 0, 40))}V${f(horizon + 2)}H0Z" fill="${fg(c, 0.2 - k * 0.045)}"/>`,
      );
    }
    out.push(`<path d="M0,${f(horizon)}H${w}V${h}H0Z" fill="url(#plain)"/>`);
    for (let k = -14; k <= 14; k++) {
      const bx = vx + k * 140;
      out.push(`<path d="M${f(vx + k * 8)},${f(horizon)}L${f(bx)},${h}" stroke="${k % 2 ? c.p.accent : c.p.light}" stroke-width="${k % 2 ? 3 : 1.5}" opacity="${k % 2 ? 0.5 : 0.22}"/>`);
    }
    // A row of orchard trees along the horizon.
    const trees: string[] = [];
    for (let x = between(rng, 10, 40); x < w; x += between(rng, 36, 70)) {
      const r = between(rng, 10, 18);
      trees.push(`M${f(x - r)},${f(horizon - 2)}a${f(r)},${f(r)} 0 1 1 ${f(2 * r)},0Z M${f(x - 2)},${f(horizon - 2)}h4v8h-4Z`);
    }
    out.push(`<path d="${trees.join('')}" fill="${fg(c, 0.01)}" opacity="0.9"/>`);
    return out.join('');
  },
  mountains(c) {
    const { rng, w, h } = c;
    const out = [`<circle cx="${f(w * between(rng, 0.6, 0.85))}" cy="${f(h * 0.22)}" r="54" fill="${c.p.light}" opacity="0.85"/>`];
    for (let layer = 0; layer < 4; layer++) {
      const base = h * (0.5 + layer * 0.12);
      let d = `M0,${h}L0,${f(base)}`;
      let x = 0;
      const snow: string[] = [];
      while (x < w) {
        const pw = between(rng, 160, 320);
        const peak = base - between(rng, 90, 220) * (1 - layer * 0.18);
        d += `L${f(x + pw / 2)},${f(peak)}L${f(x + pw)},${f(base + between(rng, -20, 20))}`;
        if (layer === 0) snow.push(`M${f(x + pw / 2 - 30)},${f(peak + 34)}L${f(x + pw / 2)},${f(peak)}L${f(x + pw / 2 + 30)},${f(peak + 34)}L${f(x + pw / 2 + 8)},${f(peak + 24)}Z`);
        x += pw;
      }
      d += `L${w},${h}Z`;
      out.push(`<path d="${d}" fill="${fg(c, 0.22 - layer * 0.055)}"/>`);
      if (snow.length) out.push(`<path d="${snow.join('')}" fill="${c.p.light}" opacity="0.75"/>`);
    }
    return out.join('');
  },
  rails(c) {
    const { rng, w, h } = c;
    const vx = w * between(rng, 0.4, 0.6);
    const vy = h * 0.38;
    const out = [`<path d="M0,${f(vy)}H${w}V${h}H0Z" fill="${fg(c, 0.1)}"/>`];
    for (let k = 1; k < 16; k++) {
      const t = (k / 16) ** 2;
      const y = vy + (h - vy) * t;
      const half = 30 + 700 * t;
      out.push(`<path d="M${f(vx - half)},${f(y)}H${f(vx + half)}" stroke="${fg(c, 0.22)}" stroke-width="${f(2 + 14 * t)}"/>`);
    }
    for (const side of [-1, 1]) {
      out.push(`<path d="M${f(vx + side * 6)},${f(vy)}L${f(vx + side * 420)},${h}" stroke="${c.p.light}" stroke-width="7" opacity="0.85"/>`);
      out.push(`<path d="M${f(vx + side * 14)},${f(vy)}L${f(vx + side * 1200)},${h}" stroke="${c.p.accent}" stroke-width="2" opacity="0.5"/>`);
    }
    for (let k = 0; k < 9; k++) {
      const y = h * between(rng, 0.08, 0.34);
      const x = between(rng, 0, w * 0.7);
      out.push(`<path d="M${f(x)},${f(y)}h${f(between(rng, 120, 380))}" stroke="${c.p.light}" stroke-width="${f(between(rng, 1.5, 4))}" stroke-linecap="round" opacity="0.35"/>`);
    }
    return out.join('');
  },
  globe(c) {
    const { rng, w, h } = c;
    const cx = w * (c.flip ? 0.34 : 0.66);
    const cy = h * 0.56;
    const r = h * 0.4;
    const out = [
      `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fg(c, 0.16, 0.05)}"/>`,
      `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="none" stroke="${c.p.light}" stroke-width="2" opacity="0.7"/>`,
    ];
    for (let k = 1; k < 6; k++) out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f((r * k) / 6)}" ry="${f(r)}" fill="none" stroke="${c.p.light}" stroke-width="1" opacity="0.3"/>`);
    for (let k = -2; k <= 2; k++) {
      const yy = cy + (k * r) / 3;
      const half = Math.sqrt(r * r - (yy - cy) ** 2);
      out.push(`<path d="M${f(cx - half)},${f(yy)}H${f(cx + half)}" stroke="${c.p.light}" stroke-width="1" opacity="0.3"/>`);
    }
    const dots: [number, number][] = [];
    for (let k = 0; k < 6; k++) {
      const a = rng() * Math.PI * 2;
      const rr = Math.sqrt(rng()) * r * 0.85;
      dots.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
    }
    for (let k = 0; k < dots.length - 1; k++) {
      const [x1, y1] = dots[k]!;
      const [x2, y2] = dots[k + 1]!;
      out.push(`<path d="M${f(x1)},${f(y1)}Q${f((x1 + x2) / 2)},${f(Math.min(y1, y2) - 120)} ${f(x2)},${f(y2)}" fill="none" stroke="${c.p.accent}" stroke-width="3" stroke-dasharray="2 10" stroke-linecap="round"/>`);
    }
    for (const [x, y] of dots) out.push(`<circle cx="${f(x)}" cy="${f(y)}" r="9" fill="${c.p.accent}"/><circle cx="${f(x)}" cy="${f(y)}" r="20" fill="none" stroke="${c.p.accent}" stroke-width="1.5" opacity="0.6"/>`);
    out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r * 1.45)}" ry="${f(r * 0.34)}" fill="none" stroke="${c.p.accent}" stroke-width="1.5" opacity="0.5" transform="rotate(-14 ${f(cx)} ${f(cy)})"/>`);
    return out.join('');
  },
  cinema(c) {
    const { rng, w, h } = c;
    const px = w * (c.flip ? 0.88 : 0.12);
    const py = h * 0.32;
    const sx = w * (c.flip ? 0.2 : 0.52);
    const out = [
      `<path d="M${f(px)},${f(py)}L${f(sx)},${f(h * 0.14)}L${f(sx + w * 0.3)},${f(h * 0.14)}L${f(sx + w * 0.3)},${f(h * 0.62)}L${f(sx)},${f(h * 0.62)}Z" fill="url(#beam)" opacity="0.5"/>`,
      `<rect x="${f(sx)}" y="${f(h * 0.14)}" width="${f(w * 0.3)}" height="${f(h * 0.48)}" fill="${c.p.light}" opacity="0.16" stroke="${c.p.light}" stroke-width="3"/>`,
      `<circle cx="${f(px)}" cy="${f(py)}" r="26" fill="${c.p.accent}"/>`,
      `<circle cx="${f(px)}" cy="${f(py)}" r="90" fill="url(#glow)"/>`,
    ];
    // A film strip curling across the bottom.
    const y0 = h * 0.74;
    const amp = between(rng, 30, 60);
    let top = `M-20,${f(y0)}`;
    let bottom = '';
    const holes: string[] = [];
    for (let x = -20; x <= w + 20; x += 20) {
      const y = y0 + amp * Math.sin(x / 260);
      top += `L${x},${f(y)}`;
      bottom = `L${x},${f(y + 110)}` + bottom;
      if ((x + 20) % 40 === 0) holes.push(`M${x},${f(y + 10)}h14v16h-14Z M${x},${f(y + 84)}h14v16h-14Z`);
    }
    out.push(`<path d="${top}${bottom.replace(/^L/, 'L')}Z" fill="${fg(c, 0.05)}" opacity="0.95"/>`);
    out.push(`<path d="${holes.join('')}" fill="${c.p.light}" opacity="0.55"/>`);
    for (let x = 40; x < w; x += 180) {
      const y = y0 + amp * Math.sin(x / 260);
      out.push(`<rect x="${f(x)}" y="${f(y + 34)}" width="140" height="44" fill="${shade(c.p.accent, c.hue + x / 20, -0.1)}" opacity="0.6"/>`);
    }
    return out.join('');
  },
  books(c) {
    const { rng, w, h } = c;
    const out: string[] = [];
    const shelfY = h * 0.82;
    let x = w * (c.flip ? 0.08 : 0.5);
    const end = x + w * 0.42;
    while (x < end) {
      const bw = between(rng, 34, 70);
      const bh = between(rng, 180, 330);
      const lean = rng() < 0.12 ? between(rng, -8, -4) : 0;
      out.push(
        `<g transform="rotate(${f(lean)} ${f(x)} ${f(shelfY)})"><rect x="${f(x)}" y="${f(shelfY - bh)}" width="${f(bw)}" height="${f(bh)}" rx="3" fill="${shade(pick(rng, [c.p.accent, c.p.bg[0], c.p.light]), c.hue + between(rng, -20, 20), between(rng, -0.25, 0.02))}"/>` +
          `<path d="M${f(x + 6)},${f(shelfY - bh + 24)}h${f(bw - 12)}M${f(x + 6)},${f(shelfY - 30)}h${f(bw - 12)}" stroke="${c.p.light}" stroke-width="2" opacity="0.5"/></g>`,
      );
      x += bw + 4;
    }
    out.push(`<rect x="0" y="${f(shelfY)}" width="${w}" height="22" fill="${fg(c, 0.2)}"/>`);
    // An open book.
    const bx = w * (c.flip ? 0.74 : 0.26);
    const by = h * 0.62;
    out.push(
      `<path d="M${f(bx)},${f(by)}Q${f(bx - 120)},${f(by - 60)} ${f(bx - 260)},${f(by - 30)}V${f(by + 130)}Q${f(bx - 120)},${f(by + 100)} ${f(bx)},${f(by + 160)}Z" fill="${c.p.light}" opacity="0.9"/>` +
        `<path d="M${f(bx)},${f(by)}Q${f(bx + 120)},${f(by - 60)} ${f(bx + 260)},${f(by - 30)}V${f(by + 130)}Q${f(bx + 120)},${f(by + 100)} ${f(bx)},${f(by + 160)}Z" fill="${c.p.light}" opacity="0.8"/>`,
    );
    for (let k = 0; k < 6; k++) {
      const yy = by + 10 + k * 20;
      out.push(`<path d="M${f(bx - 220)},${f(yy - 12)}Q${f(bx - 110)},${f(yy - 36)} ${f(bx - 20)},${f(yy + 8)}M${f(bx + 20)},${f(yy + 8)}Q${f(bx + 110)},${f(yy - 36)} ${f(bx + 220)},${f(yy - 12)}" fill="none" stroke="${c.p.dark}" stroke-width="2" opacity="0.22"/>`);
    }
    return out.join('');
  },
  port(c) {
    const { rng, w, h } = c;
    const water = h * 0.76;
    const out: string[] = [];
    for (let k = 0; k < 3; k++) {
      const x = w * (0.14 + k * 0.3) + between(rng, -30, 30);
      const top = h * between(rng, 0.14, 0.26);
      const colour = fg(c, 0.22);
      out.push(
        `<path d="M${f(x)},${f(water)}V${f(top)}M${f(x + 70)},${f(water)}V${f(top + 40)}M${f(x)},${f(top + 120)}H${f(x + 70)}M${f(x)},${f(top + 240)}H${f(x + 70)}M${f(x)},${f(top + 120)}L${f(x + 70)},${f(top + 240)}" stroke="${colour}" stroke-width="10"/>` +
          `<path d="M${f(x - 160)},${f(top + 10)}H${f(x + 260)}" stroke="${colour}" stroke-width="16"/>` +
          `<path d="M${f(x + 200)},${f(top + 10)}V${f(top + 170)}" stroke="${c.p.light}" stroke-width="2" opacity="0.6"/>` +
          `<rect x="${f(x + 170)}" y="${f(top + 170)}" width="60" height="30" fill="${c.p.accent}"/>`,
      );
    }
    for (let row = 0; row < 4; row++) {
      for (let col = 0; col < 16; col++) {
        if (rng() < 0.3 + row * 0.12) continue;
        const x = 40 + col * 96;
        const y = water - 40 - row * 40;
        out.push(`<rect x="${f(x)}" y="${f(y)}" width="90" height="36" fill="${shade(pick(rng, [c.p.accent, c.p.bg[0], c.p.light]), c.hue + between(rng, -25, 25), between(rng, -0.2, 0))}" opacity="0.92"/>`);
      }
    }
    out.push(`<rect x="0" y="${f(water)}" width="${w}" height="${f(h - water)}" fill="${fg(c, 0.12, 0.05)}"/>`);
    for (let k = 0; k < 4; k++) out.push(`<path d="${wavePath(w, water + 30 + k * 30, 5, 200, k, water + 34 + k * 30).replace(/L\d+,[\d.]+Z$/, '')}" fill="none" stroke="${c.p.light}" stroke-width="1.5" opacity="0.25"/>`);
    return out.join('');
  },
  arches(c) {
    const { rng, w, h } = c;
    const out: string[] = [];
    const count = 5;
    const aw = w / count;
    const base = h;
    const spring = h * between(rng, 0.56, 0.62);
    const r = aw * 0.3;
    const wallTop = spring - r * 1.6;
    for (let k = 0; k < count; k++) {
      const x = k * aw;
      const cx = x + aw / 2;
      // Horseshoe arch: the circle continues below its widest point.
      const arch = `M${f(cx - r * 0.86)},${f(base)}V${f(spring + r * 0.5)}A${f(r)},${f(r)} 0 1 1 ${f(cx + r * 0.86)},${f(spring + r * 0.5)}V${f(base)}Z`;
      out.push(`<path d="M${f(x)},${f(base)}V${f(wallTop)}H${f(x + aw)}V${f(base)}Z${arch}" fill="${fg(c, 0.1)}" fill-rule="evenodd" opacity="0.94"/>`);
      out.push(`<path d="${arch}" fill="none" stroke="${c.p.accent}" stroke-width="5" opacity="0.8"/>`);
      out.push(`<path d="M${f(cx - r * 1.05)},${f(base)}V${f(spring + r * 0.5)}A${f(r * 1.2)},${f(r * 1.2)} 0 1 1 ${f(cx + r * 1.05)},${f(spring + r * 0.5)}V${f(base)}" fill="none" stroke="${c.p.light}" stroke-width="1.5" opacity="0.4"/>`);
      out.push(`<path d="${star8(x, wallTop + r * 0.45, 16)}" fill="${c.p.accent}" opacity="0.7"/>`);
    }
    out.push(`<rect x="0" y="${f(wallTop - 26)}" width="${w}" height="30" fill="${fg(c, 0.16)}"/>`);
    out.push(`<path d="M0,${f(wallTop - 30)}H${w}" stroke="${c.p.accent}" stroke-width="3" opacity="0.6"/>`);
    // A lantern hanging in one of the openings.
    const lx = aw * (Math.floor(rng() * count) + 0.5);
    out.push(
      `<path d="M${f(lx)},${f(spring - r * 0.9)}V${f(spring)}" stroke="${c.p.light}" stroke-width="2" opacity="0.6"/>` +
        `<circle cx="${f(lx)}" cy="${f(spring + 30)}" r="90" fill="url(#glow)"/>` +
        `<path d="${polygon(lx, spring + 30, 26, 8, Math.PI / 8)}" fill="${c.p.accent}"/>`,
    );
    return out.join('');
  },
  drops(c) {
    const { rng, w, h } = c;
    const out: string[] = [];
    const cx = w * between(rng, 0.4, 0.6);
    const cy = h * 0.8;
    for (let k = 1; k <= 6; k++) out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${k * 110}" ry="${k * 26}" fill="none" stroke="${c.p.light}" stroke-width="${f(3 - k * 0.35)}" opacity="${f(0.6 - k * 0.08)}"/>`);
    const drop = (x: number, y: number, s: number, o: number) =>
      `<path d="M${f(x)},${f(y - 60 * s)}C${f(x + 10 * s)},${f(y - 30 * s)} ${f(x + 34 * s)},${f(y - 6 * s)} ${f(x + 34 * s)},${f(y + 14 * s)}A${f(34 * s)},${f(34 * s)} 0 0 1 ${f(x - 34 * s)},${f(y + 14 * s)}C${f(x - 34 * s)},${f(y - 6 * s)} ${f(x - 10 * s)},${f(y - 30 * s)} ${f(x)},${f(y - 60 * s)}Z" fill="${c.p.light}" opacity="${f(o)}"/>`;
    out.push(drop(cx, cy - 180, 2.4, 0.9));
    out.push(`<path d="M${f(cx - 30)},${f(cy - 190)}q-14,30 2,54" fill="none" stroke="${c.p.accent}" stroke-width="6" stroke-linecap="round" opacity="0.8"/>`);
    for (let k = 0; k < 16; k++) out.push(drop(between(rng, 0, w), between(rng, 60, h * 0.6), between(rng, 0.25, 0.7), between(rng, 0.15, 0.45)));
    return out.join('');
  },
  network(c) {
    const { rng, w, h } = c;
    const nodes: [number, number, number][] = [];
    for (let k = 0; k < 26; k++) nodes.push([between(rng, w * 0.05, w * 0.95), between(rng, h * 0.1, h * 0.92), between(rng, 4, 14)]);
    const out: string[] = [];
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const [x1, y1] = nodes[a]!;
        const [x2, y2] = nodes[b]!;
        const d = Math.hypot(x1 - x2, y1 - y2);
        if (d < 330) out.push(`<path d="M${f(x1)},${f(y1)}L${f(x2)},${f(y2)}" stroke="${c.p.light}" stroke-width="1.5" opacity="${f(0.5 - d / 900)}"/>`);
      }
    }
    for (const [x, y, r] of nodes) {
      out.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(r * 3)}" fill="${c.p.accent}" opacity="0.12"/><circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${rng() < 0.3 ? c.p.accent : c.p.light}"/>`);
    }
    // A phone-like slab, tilted.
    const px = w * (c.flip ? 0.22 : 0.74);
    out.push(`<g transform="rotate(-12 ${f(px)} ${f(h * 0.55)})"><rect x="${f(px - 110)}" y="${f(h * 0.22)}" width="220" height="420" rx="30" fill="${fg(c, 0.06)}" stroke="${c.p.light}" stroke-width="4" opacity="0.95"/>` +
      `<rect x="${f(px - 86)}" y="${f(h * 0.22 + 40)}" width="172" height="290" rx="8" fill="${shade(c.p.bg[0], c.hue, 0.05)}" opacity="0.8"/>` +
      `<path d="M${f(px - 60)},${f(h * 0.22 + 90)}h120M${f(px - 60)},${f(h * 0.22 + 130)}h90M${f(px - 60)},${f(h * 0.22 + 170)}h110" stroke="${c.p.light}" stroke-width="8" stroke-linecap="round" opacity="0.6"/>` +
      `<circle cx="${f(px)}" cy="${f(h * 0.22 + 375)}" r="14" fill="none" stroke="${c.p.light}" stroke-width="3" opacity="0.7"/></g>`);
    return out.join('');
  },
  pulse(c) {
    const { rng, w, h } = c;
    const out: string[] = [];
    const cy = h * 0.55;
    const cx = w * (c.flip ? 0.25 : 0.75);
    out.push(`<circle cx="${f(cx)}" cy="${f(cy)}" r="240" fill="${fg(c, 0.14)}" opacity="0.8"/>`);
    out.push(`<path d="M${f(cx - 50)},${f(cy - 150)}h100v100h100v100h-100v100h-100v-100h-100v-100h100Z" fill="${c.p.light}" opacity="0.88"/>`);
    let d = `M0,${f(cy)}`;
    let x = 0;
    while (x < w) {
      const step = between(rng, 120, 220);
      d += `H${f(x + step)}l18,-30l22,${f(between(rng, -220, -140))}l26,${f(between(rng, 260, 320))}l20,-70l14,20`;
      x += step + 100;
    }
    out.push(`<path d="${d}" fill="none" stroke="${c.p.accent}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>`);
    out.push(`<path d="${d}" fill="none" stroke="${c.p.accent}" stroke-width="22" stroke-linejoin="round" opacity="0.15"/>`);
    return out.join('');
  },
  dunes(c) {
    const { rng, w, h } = c;
    const out = [sun(c, w * between(rng, 0.6, 0.85), h * 0.3, 110)];
    for (let k = 0; k < 5; k++) {
      const y = h * (0.48 + k * 0.1);
      const crest = between(rng, 0.2, 0.8) * w;
      out.push(
        `<path d="M0,${f(y + 40)}Q${f(crest)},${f(y - 120)} ${w},${f(y + between(rng, -10, 40))}V${h}H0Z" fill="${shade(c.p.accent, c.hue - 10, -0.3 + k * 0.045, -0.3)}" opacity="0.95"/>` +
          `<path d="M0,${f(y + 40)}Q${f(crest)},${f(y - 120)} ${w},${f(y + 20)}" fill="none" stroke="${c.p.light}" stroke-width="2" opacity="0.35"/>`,
      );
    }
    return out.join('');
  },
  wind(c) {
    const { rng, w, h } = c;
    const out: string[] = [`<path d="M0,${f(h * 0.78)}Q${f(w * 0.4)},${f(h * 0.62)} ${w},${f(h * 0.76)}V${h}H0Z" fill="${fg(c, 0.14)}"/>`];
    for (let k = 0; k < 5; k++) {
      const x = w * (0.12 + k * 0.19) + between(rng, -20, 20);
      const s = 0.55 + rng() * 0.6;
      const hubY = h * 0.72 - 360 * s;
      const rot = between(rng, 0, 120);
      out.push(`<path d="M${f(x - 6 * s)},${f(h * 0.74)}L${f(x - 2)},${f(hubY)}H${f(x + 2)}L${f(x + 6 * s)},${f(h * 0.74)}Z" fill="${c.p.light}" opacity="0.9"/>`);
      for (let b = 0; b < 3; b++) {
        out.push(`<path d="M${f(x)},${f(hubY)}q${f(14 * s)},${f(-60 * s)} 0,${f(-190 * s)}q${f(-10 * s)},${f(80 * s)} 0,${f(190 * s)}Z" fill="${c.p.light}" opacity="0.9" transform="rotate(${f(rot + b * 120)} ${f(x)} ${f(hubY)})"/>`);
      }
      out.push(`<circle cx="${f(x)}" cy="${f(hubY)}" r="${f(8 * s)}" fill="${c.p.accent}"/>`);
    }
    for (let k = 0; k < 6; k++) {
      const y = h * between(rng, 0.1, 0.4);
      out.push(`<path d="M${f(between(rng, 0, w * 0.6))},${f(y)}q120,-30 240,0t240,0" fill="none" stroke="${c.p.light}" stroke-width="2" opacity="0.3"/>`);
    }
    return out.join('');
  },
  music(c) {
    const { rng, w, h } = c;
    const out: string[] = [];
    const cx = w * (c.flip ? 0.3 : 0.7);
    const cy = h * 0.55;
    // An oud seen from the front: pear-shaped body, rosette and strings.
    out.push(
      `<g transform="rotate(${f(c.flip ? 24 : -24)} ${f(cx)} ${f(cy)})">` +
        `<path d="M${f(cx)},${f(cy - 260)}C${f(cx + 150)},${f(cy - 200)} ${f(cx + 190)},${f(cy + 40)} ${f(cx + 130)},${f(cy + 170)}Q${f(cx)},${f(cy + 260)} ${f(cx - 130)},${f(cy + 170)}C${f(cx - 190)},${f(cy + 40)} ${f(cx - 150)},${f(cy - 200)} ${f(cx)},${f(cy - 260)}Z" fill="${shade(c.p.accent, c.hue - 15, -0.22)}"/>` +
        `<path d="M${f(cx - 18)},${f(cy - 250)}V${f(cy - 470)}H${f(cx + 18)}V${f(cy - 250)}Z" fill="${fg(c, 0.12)}"/>` +
        `<path d="${star8(cx, cy - 40, 46)}" fill="none" stroke="${c.p.light}" stroke-width="3" opacity="0.8"/>` +
        `<circle cx="${f(cx)}" cy="${f(cy - 40)}" r="26" fill="${fg(c, 0.02)}"/>` +
        `<path d="M${f(cx - 8)},${f(cy - 470)}V${f(cy + 150)}M${f(cx)},${f(cy - 470)}V${f(cy + 150)}M${f(cx + 8)},${f(cy - 470)}V${f(cy + 150)}" stroke="${c.p.light}" stroke-width="1.4" opacity="0.7"/>` +
        `<rect x="${f(cx - 40)}" y="${f(cy + 130)}" width="80" height="14" rx="4" fill="${fg(c, 0.1)}"/></g>`,
    );
    for (let k = 0; k < 7; k++) {
      const r = 260 + k * 70;
      out.push(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${r}" fill="none" stroke="${c.p.light}" stroke-width="1.5" stroke-dasharray="${f(between(rng, 4, 30))} ${f(between(rng, 10, 40))}" opacity="${f(0.35 - k * 0.04)}"/>`);
    }
    return out.join('');
  },
};

function coverSvg(spec: CoverSpec): string {
  const rng = rngFrom(`cover:${spec.name}`);
  const w = COVER_WIDTH;
  const h = COVER_HEIGHT;
  const p = SECTION_PALETTES[spec.section] ?? FALLBACK_PALETTE;
  const hue = between(rng, -12, 12);
  const flip = rng() < 0.5;
  const focus = pick(rng, [
    { x: w, y: 0 },
    { x: 0, y: 0 },
    { x: w * 0.5, y: -h * 0.2 },
  ]);
  const tile = pick(rng, [140, 160, 180, 200]);
  const angle = between(rng, 20, 70);
  const rosetteAt = { x: focus.x === 0 ? w * between(rng, 0.05, 0.2) : w * between(rng, 0.8, 0.95), y: h * between(rng, 0.1, 0.3) };
  const ctx: MotifContext = { rng, w, h, p, hue, flip };
  const motif = MOTIFS[spec.motif](ctx);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs>
  <linearGradient id="bg" gradientTransform="rotate(${f(angle)} 0.5 0.5)">
    <stop offset="0" stop-color="${shade(p.bg[0], hue, 0.02)}"/>
    <stop offset="0.55" stop-color="${shade(p.bg[1], hue)}"/>
    <stop offset="1" stop-color="${shade(p.bg[2], hue)}"/>
  </linearGradient>
  <radialGradient id="glow"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.accent}" stop-opacity="0"/></radialGradient>
  <radialGradient id="light" cx="${focus.x / w}" cy="${Math.max(0, focus.y / h)}" r="0.9"><stop offset="0" stop-color="${p.light}" stop-opacity="0.22"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></radialGradient>
  <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.55" stop-color="${p.dark}" stop-opacity="0"/><stop offset="1" stop-color="${p.dark}" stop-opacity="0.6"/></radialGradient>
  <linearGradient id="plain" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shade(p.bg[2], hue, 0.1, 0.05)}"/><stop offset="1" stop-color="${shade(p.bg[2], hue, 0.2, 0.05)}"/></linearGradient>
  <linearGradient id="area" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.accent}" stop-opacity="0"/></linearGradient>
  <linearGradient id="beam" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${p.light}" stop-opacity="0.9"/><stop offset="1" stop-color="${p.light}" stop-opacity="0.05"/></linearGradient>
  <filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.8" numOctaves="2" seed="${Math.floor(rng() * 1000)}" result="n"/><feColorMatrix in="n" type="saturate" values="0"/><feComponentTransfer><feFuncA type="table" tableValues="0 0.07"/></feComponentTransfer></filter>
</defs>
<rect width="${w}" height="${h}" fill="url(#bg)"/>
<rect width="${w}" height="${h}" fill="url(#light)"/>
${zellige(rng, w, h, p, hue, focus, tile)}
${rosette(rosetteAt.x, rosetteAt.y, between(rng, 200, 300), p, 0.35)}
<g>${motif}</g>
<rect width="${w}" height="${h}" fill="url(#vignette)"/>
<rect width="${w}" height="${h}" filter="url(#grain)"/>
</svg>`;
}

const AVATAR_PALETTES = Object.values(SECTION_PALETTES);

function avatarSvg(spec: AvatarSpec): string {
  const rng = rngFrom(`avatar:${spec.name}`);
  const s = AVATAR_SIZE;
  const c = s / 2;
  const p = (spec.section && SECTION_PALETTES[spec.section]) || pick(rng, AVATAR_PALETTES);
  const hue = between(rng, -15, 15);
  const rot = rng() * Math.PI;
  const ring = Array.from({ length: 8 }, (_, k) => {
    const a = rot + (k * Math.PI) / 4;
    return `<path d="${star8(c + 150 * Math.cos(a), c + 150 * Math.sin(a), 34, Math.PI / 8)}" fill="${shade(p.accent, hue, -0.05)}" opacity="0.45"/>`;
  }).join('');
  const initials = spec.initials
    ? `<text x="${c}" y="${c + 1}" text-anchor="middle" dominant-baseline="central" font-family="DejaVu Serif, Liberation Serif, serif" font-size="118" font-weight="600" fill="${p.light}" letter-spacing="2">${escapeXml(spec.initials)}</text>`
    : `<path d="${star8(c, c, 70, Math.PI / 8)}" fill="${p.accent}" opacity="0.9"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
<defs>
  <radialGradient id="bg" cx="0.35" cy="0.3" r="0.9"><stop offset="0" stop-color="${shade(p.bg[0], hue, 0.04)}"/><stop offset="0.6" stop-color="${shade(p.bg[1], hue)}"/><stop offset="1" stop-color="${shade(p.bg[2], hue)}"/></radialGradient>
</defs>
<rect width="${s}" height="${s}" fill="url(#bg)"/>
${ring}
<path d="${starN(c, c, 182, 16, 0.86, rot)}" fill="none" stroke="${p.accent}" stroke-width="2" opacity="0.55"/>
<path d="${star8(c, c, 128, rot)}" fill="none" stroke="${p.light}" stroke-width="2" opacity="0.35"/>
<circle cx="${c}" cy="${c}" r="104" fill="${shade(p.bg[2], hue, 0.03)}" opacity="0.85"/>
<circle cx="${c}" cy="${c}" r="104" fill="none" stroke="${p.accent}" stroke-width="3"/>
${initials}
</svg>`;
}
