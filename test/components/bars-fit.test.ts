/**
 * <blueprint-bars>' layout choice (src/components/blueprint-bars/fit.ts) measures group names in bold only where
 * a bound from the regular font cannot decide (issue 14: the bold font's set-up was the largest part of the
 * canvas's work in a first render), and decides exactly what measuring every group name in bold decided.
 */
import { expect } from '@open-wc/testing';
import { fitLayout, type FitInput, type Measure } from '../../src/components/blueprint-bars/fit.js';
import { canvasMeasure } from '../../src/internal/text-measure.js';

/** `measure`, recording whether anything was measured in bold. */
function recording(measure: Measure) {
  const bold: string[] = [];
  const m: Measure = (text, size, b) => {
    if (b) bold.push(text);
    return measure(text, size, b);
  };
  return { m, bold };
}

const input = (width: number, em: number, group: string, measure: Measure, names = ['A', 'B']): FitInput => ({
  width,
  em,
  letterSpacing: 0,
  levels: ['One', 'Two', 'Three', 'Four'],
  groups: [{ label: group, capacities: names }],
  measure,
});

/** What fit.ts decided for a group name before (its widest word measured in bold, always), with its 2 px slack. */
const scaleBefore = (boldWord: number, room: number) =>
  boldWord + 2 > room ? Math.max(0.3, room / (boldWord + 2)) : 1;

const FAMILIES = [
  `system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`,
  'sans-serif',
  'serif',
  'monospace',
  'cursive',
  'Georgia, serif',
];
const WORDS = [
  'Leadership',
  'WWWWWWWWWW',
  'iiiiiiiiii',
  'Mmm',
  'Gemeinschaftsentwicklungsprogramm',
  'Équité',
  'リーダーシップ',
  'القيادة',
  'नेतृत्व',
  'Лидерство',
  '1234567890',
  '🙂🏫',
];

describe('fitLayout: group names in bold', () => {
  it('bold is never wider than the bound it takes from the regular font, in any font the page may use', () => {
    for (const family of FAMILIES)
      for (const weight of ['100', '300', '400', '700'])
        for (const size of [10, 14, 28]) {
          const measure = canvasMeasure(family, weight);
          for (const word of WORDS) {
            const bold = measure(word, size, true);
            const bound = 1.5 * measure(word, size, false) + [...word].length;
            expect(bold, `${family} ${weight} ${size}px "${word}"`).to.be.at.most(bound);
          }
        }
  });

  it('measures nothing in bold when every group name fits by the bound', () => {
    const { m, bold } = recording(canvasMeasure('sans-serif', '400'));
    const fit = fitLayout({
      ...input(960, 14, 'Vision and leadership', m),
      groups: [
        { label: 'Vision and leadership', capacities: ['Capacity 1', 'Capacity 2'] },
        { label: 'Teaching and learning', capacities: ['Capacity 3'] },
      ],
    });
    expect(fit.groupScale).to.deep.equal([1, 1]);
    expect(bold).to.deep.equal([]);
  });

  it('a group name just fitting or just not fitting its room scales exactly as before (a synthetic font)', () => {
    // Regular 0.5 em a character, bold 0.7: the bound (0.75 em and 1 px a character) leaves a band where only the
    // bold measure decides.
    const synthetic: Measure = (text, size, b) => [...text].length * size * (b ? 0.7 : 0.5);
    const word = 'Leadership'; // 10 characters: bold 70 px at 10 px, bound 85 px
    for (let width = 60; width <= 120; width++) {
      const { m, bold } = recording(synthetic);
      // Names too wide for a vertical chart at these widths: the horizontal chart's group row decides.
      const fit = fitLayout(input(width, 10, `Vision ${word}`, m, ['Capacities', 'Capacities']));
      const room = width - 1.3 * 10;
      expect(fit.groupScale[0], `${width} px`).to.equal(scaleBefore(70, room));
      // Measured in bold only where the bound does not fit.
      expect(bold.length > 0, `${width} px`).to.equal(85 + 2 > room);
    }
  });

  it('decides the group names’ scale as before with the browser’s fonts, at every width around the edge', () => {
    for (const family of FAMILIES) {
      const measure = canvasMeasure(family, '400');
      const name = 'Gemeinschaftsentwicklung und Führung';
      const em = 28;
      const boldWord = measure('Gemeinschaftsentwicklung', em, true);
      const from = Math.floor(boldWord * 0.8);
      for (let width = from; width < boldWord * 1.8; width += 3) {
        const fit = fitLayout(input(width, em, name, measure));
        expect(fit.groupScale[0], `${family} at ${width} px`).to.equal(
          scaleBefore(boldWord, width - 1.3 * em),
        );
      }
    }
  });

  it('a vertical chart needs its group name to fit over its bars, in bold, just as before', () => {
    // Two short names per group: the names fit, so the group name decides.
    const synthetic: Measure = (text, size, b) => [...text].length * size * (b ? 0.7 : 0.5);
    const decided = [];
    for (let width = 100; width <= 400; width += 2) {
      const { m } = recording(synthetic);
      const fit = fitLayout(input(width, 10, 'Leadership', m, ['A', 'B']));
      // Before: levels' column min(longest line, max(widest word, 9 em)) + 0.5 em; three columns and their gaps.
      const levelWord = 5 * 10 * 0.92 * 0.5; // "Three"
      const axis = Math.min(levelWord, Math.max(levelWord, 90)) + 5;
      const column = (width - axis - 2 * 0.2 * 10) / 2;
      const namesFit = 10 * 0.5 + 0.4 * 10 + 2 <= column;
      const groupFits = 70 + 0.4 * 10 + 2 <= 2 * column + 0.2 * 10;
      expect(fit.vertical, `${width} px`).to.equal(namesFit && groupFits);
      decided.push(fit.vertical);
    }
    // The range crosses the edge: both layouts occur.
    expect(decided).to.include(true).and.to.include(false);
  });
});
