/*
 * Crops around an editor's focal point. Pure arithmetic (no sharp), shared by the renditions, the
 * share cards and the unit tests.
 */

export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Focal {
  x: number;
  y: number;
}

export const CENTER: Focal = { x: 0.5, y: 0.5 };

/** A focal coordinate as stored: clamped to 0..1 and rounded to three decimals (it names files). */
export function roundFocal(value: number): number {
  if (!Number.isFinite(value)) return 0.5;
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/**
 * The largest box of the given aspect inside a width×height picture, placed so the focal point is
 * as close to its centre as the edges allow (a focal point near an edge puts the box against it).
 */
export function cropBox(width: number, height: number, aspect: { width: number; height: number }, focal: Focal = CENTER): CropBox {
  if (!(width > 0 && height > 0 && aspect.width > 0 && aspect.height > 0)) throw new Error('cropBox: sizes must be positive');
  const target = aspect.width / aspect.height;
  let boxWidth = width;
  let boxHeight = Math.round(width / target);
  if (boxHeight > height) {
    boxHeight = height;
    boxWidth = Math.min(width, Math.round(height * target));
  }
  const place = (size: number, box: number, at: number) => Math.min(size - box, Math.max(0, Math.round(at * size - box / 2)));
  return { left: place(width, boxWidth, roundFocal(focal.x)), top: place(height, boxHeight, roundFocal(focal.y)), width: boxWidth, height: boxHeight };
}

/** Whether cropping to this aspect keeps the whole picture (within a pixel of rounding). */
export function isWhole(width: number, height: number, box: CropBox): boolean {
  return Math.abs(box.width - width) <= 1 && Math.abs(box.height - height) <= 1;
}
