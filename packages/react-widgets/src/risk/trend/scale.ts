/**
 * A linear map from a domain to a range, as charts need (`y = scale(value)`).
 *
 * @example
 * ```ts
 * const y = linearScale([0, 100], [200, 0]);
 * y(50); // 100
 * ```
 */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * About `count` round tick values covering `[min, max]` (steps of 1, 2 or 5
 * times a power of ten).
 *
 * @example
 * ```ts
 * niceTicks(12, 31, 4); // [15, 20, 25, 30]
 * ```
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return Number.isFinite(min) ? [min] : [];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toFixed(10)));
  return ticks;
}

/**
 * The domain to draw: the values' extent widened to show the given
 * reference values and padded by `padding` of the span on each side.
 *
 * @example
 * ```ts
 * paddedDomain([24, 20], [22, 30], 0.1); // [19, 31]
 * ```
 */
export function paddedDomain(
  values: readonly number[],
  references: readonly number[],
  padding = 0.1,
): [number, number] {
  const all = [...values, ...references];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  const pad = (hi - lo) * padding;
  return [lo - pad, hi + pad];
}
