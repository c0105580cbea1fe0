// Medians and ranges over rounds (as ../shared/bench-peers/lib/stats.mjs).
export function median(xs) {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const h = a.length >> 1;
  return a.length % 2 ? a[h] : (a[h - 1] + a[h]) / 2;
}

export function summary(xs) {
  const a = xs.filter((x) => Number.isFinite(x));
  return {
    median: median(a),
    min: a.length ? Math.min(...a) : NaN,
    max: a.length ? Math.max(...a) : NaN,
    n: a.length,
    values: a.map((x) => +x.toFixed(3)),
  };
}
