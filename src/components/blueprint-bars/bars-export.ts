/**
 * "Download the chart" for <blueprint-bars>, loaded on first use: what the element shows (its view, its
 * computed colors and font) turned into the plain description chart-export.ts draws, and the file saved.
 */
import { chartSvg, canvasMeasure, svgToPng, type ExportChart } from './chart-export.js';
import type { View } from './blueprint-bars-view.js';
import { saveFile } from '../../internal/save-file.js';

/** What the export draws, with every color resolved to rgb() (group colors may be light-dark() and oklch()). */
function exportChart(host: HTMLElement, view: View): ExportChart {
  const { t } = view;
  const s = getComputedStyle(host);
  const probe = document.createElement('span');
  (host.shadowRoot ?? host).appendChild(probe);
  const rgb = (color: string) => {
    probe.style.setProperty('color', color);
    return toRgb(getComputedStyle(probe).color);
  };
  const muted = rgb('var(--_muted)');
  const surface = rgb('var(--_surface)');
  const background = s.backgroundColor === 'rgba(0, 0, 0, 0)' ? surface : toRgb(s.backgroundColor);
  const groups = view.groups.map((g) => ({
    id: g.id,
    label: g.label,
    color: rgb(g.color),
    bars: g.bars.map((b) => ({
      id: b.id,
      label: b.label,
      status: b.status,
      rank: b.rank,
      compareRank: b.ghostRank,
      value: b.value,
    })),
  }));
  probe.remove();
  return {
    title: t.chartLabel(view.title),
    description: view.description,
    levels: [...view.levels],
    groups,
    legend: {
      unsure: t.legendUnsure,
      skipped: t.legendSkipped,
      unanswered: t.legendEmpty,
      compare: view.compareLabel ? t.legendCompare(view.compareLabel) : undefined,
    },
    colors: { text: toRgb(s.color), muted, background },
    fontFamily: s.fontFamily,
    lang: view.locale,
    rtl: view.rtl,
  };
}

export function barsSvg(host: HTMLElement, view: View): string {
  const chart = exportChart(host, view);
  return chartSvg(chart, { measure: canvasMeasure(chart.fontFamily) });
}

export function barsPng(host: HTMLElement, view: View): Promise<Blob> {
  return svgToPng(barsSvg(host, view));
}

/** Saves the chart as `<title>.svg` or `.png` (the browser's download). */
export async function download(host: HTMLElement, view: View, kind: 'svg' | 'png'): Promise<void> {
  const blob =
    kind === 'svg' ? new Blob([barsSvg(host, view)], { type: 'image/svg+xml' }) : await barsPng(host, view);
  saveFile(blob, `${fileName(view.title)}.${kind}`, host.shadowRoot ?? host);
}

/** A file name from a title: letters, digits and dashes. */
function fileName(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'chart'
  );
}

let pixel: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** Any CSS color the browser computed (oklch(), color(srgb …)) as rgb()/rgba(), which every SVG viewer reads. */
function toRgb(color: string): string {
  if (/^rgba?\(/.test(color)) return color;
  pixel ??=
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })
      : null;
  if (!pixel) return color;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}
