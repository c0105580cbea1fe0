import type { Fit } from './fit.js';

/**
 * The horizontal chart's name column as custom properties of the chart (see `.horizontal .plot` in the styles):
 * `--nw`, the widest word's box, and `--nl`, the longest name's on one line, in px. A box is the text's width
 * plus the name's padding (0.1em + 0.75em) and its rule (0.25em, which the browser draws a whole number of
 * pixels wide: rounded down), at the name's size (a word drawn smaller has its padding and rule drawn smaller,
 * at its scale to three decimals, its bar's --fs). Worked out here rather than with CSS's round(), which Chrome
 * and Edge 123 and 124 (README: the browsers we support) do not know: the column would be lost. None before the
 * names are measured: the column is then 38 % of the width.
 */
export function nameColumn(fit: Fit | undefined, em: number | undefined): Record<string, string> {
  const c = fit?.nameColumn;
  if (!c || !em) return {};
  const box = (text: number, scale: number) => text + scale * 0.85 * em + Math.floor(scale * 0.25 * em);
  return { '--nw': `${box(c.word, Number(c.wordScale.toFixed(3)))}px`, '--nl': `${box(c.line, 1)}px` };
}
