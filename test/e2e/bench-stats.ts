/** Order statistics of timed samples, for the viewer's bench scripts (bench-viewer.ts, bench-density.ts). */

/** The median of `xs` (the upper one of an even count), NaN for none. */
export const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** The 95th percentile of `xs` (nearest rank), NaN for none. */
export const p95 = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};
