// @ts-check
/**
 * mulberry32 (the same generator as demo/seed-bulk.ts): a fixed seed gives the same draws on every
 * machine, so the long tail's popularity order and requests are comparable between runs.
 * Plain JavaScript: bench/load.mjs runs on node without a TypeScript loader.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
