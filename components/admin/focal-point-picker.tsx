'use client';

import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import styles from './focal-point-picker.module.css';

const STEP = 0.05;
const clamp = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;

/**
 * Where the subject of a picture is: a click on the picture, the arrow keys on it, or the two
 * number fields (fractions of the width and height) set it. The previews show the 16:9 card and
 * the square thumbnail as they will be cut; the form posts focalX and focalY.
 */
export function FocalPointPicker({
  src,
  alt,
  width,
  height,
  defaultX,
  defaultY,
  labels,
}: {
  src: string;
  alt: string;
  width: number;
  height: number;
  defaultX: number;
  defaultY: number;
  labels: { picture: string; hint: string; x: string; y: string; card: string; square: string };
}) {
  const [focal, setFocal] = useState({ x: defaultX, y: defaultY });
  const id = useId();
  const set = (x: number, y: number) => setFocal({ x: clamp(x), y: clamp(y) });
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Physical directions: the picture is not mirrored in the right-to-left interface.
    const moves: Record<string, [number, number]> = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    set(focal.x + move[0], focal.y + move[1]);
  };
  const position = `${focal.x * 100}% ${focal.y * 100}%`;
  return (
    <div className={styles.picker}>
      <div
        className={styles.frame}
        onClick={onClick}
        onKeyDown={onKeyDown}
        tabIndex={0}
        role="group"
        aria-label={labels.picture}
        aria-describedby={`${id}-hint`}
        dir="ltr"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a rendition, shown as stored */}
        <img src={src} alt={alt} width={width} height={height} draggable={false} />
        <span className={styles.marker} style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }} aria-hidden="true" />
      </div>
      <p className="hint" id={`${id}-hint`}>
        {labels.hint}
      </p>
      <div className={styles.inputs}>
        <label>
          {labels.x}
          <input type="number" name="focalX" min={0} max={1} step={0.01} value={focal.x} onChange={(event) => set(Number(event.target.value), focal.y)} dir="ltr" />
        </label>
        <label>
          {labels.y}
          <input type="number" name="focalY" min={0} max={1} step={0.01} value={focal.y} onChange={(event) => set(focal.x, Number(event.target.value))} dir="ltr" />
        </label>
      </div>
      <div className={styles.previews} aria-hidden="true">
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- preview of the crop */}
          <img src={src} alt="" className={styles.card} style={{ objectPosition: position }} />
          <figcaption>{labels.card}</figcaption>
        </figure>
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- preview of the crop */}
          <img src={src} alt="" className={styles.square} style={{ objectPosition: position }} />
          <figcaption>{labels.square}</figcaption>
        </figure>
      </div>
    </div>
  );
}
