import type { Fit } from './fit.js';

/**
 * The horizontal chart's name column as custom properties of the chart (see `.horizontal .plot` in the styles):
 * the widest word's text width and scale, and the longest name's. None before the names are measured: the column
 * is then 38 % of the width.
 */
export function nameColumn(fit: Fit | undefined): Record<string, string> {
  const c = fit?.nameColumn;
  // A word drawn smaller is drawn at its scale to three decimals (its bar's --fs).
  return c ? { '--nw': `${c.word}px`, '--ns': c.wordScale.toFixed(3), '--nl': `${c.line}px` } : {};
}
