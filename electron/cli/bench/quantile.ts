/** The q-quantile (0–1) of measured times in ms, rounded to 0.1 ms: the value below which q of the runs fall. */
export function quantile(times: readonly number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return Math.round(value * 10) / 10;
}
