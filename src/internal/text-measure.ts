/**
 * Text widths for the charts' layouts (the bars' name column, the trend's axes), measured with the browser's
 * text engine without laying anything out: one 2D canvas for the page, and one cache of widths by font and
 * text, which a web font's arrival empties (`watchFonts`).
 */
import type { ReactiveControllerHost } from 'lit';

/** Width in CSS pixels of `text` in the chart's font at `size` px, `bold` for group names. */
export type Measure = (text: string, size: number, bold: boolean) => number;

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** The font last set on `context`: setting one parses it, and a chart measures hundreds of words in two fonts. */
let contextFont = '';
/** Widths measured, by font and text. */
const widths = new Map<string, number>();

/**
 * Forgets every width measured: a web font arrived, so the same font names other glyphs now. The font is set
 * on the canvas again too: the standard resolves a canvas's font when it is set (Chromium looks again on its
 * own; other engines need not).
 */
export function forgetWidths(): void {
  widths.clear();
  contextFont = '';
}

/**
 * A measure with the browser's text engine (a 2D canvas, one for the page) for a font family, its weight and
 * the weight of bold text; a generous character-width estimate where there is no canvas.
 */
export function canvasMeasure(family: string, weight: string, boldWeight: string | number = 650): Measure {
  context ??=
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : typeof document !== 'undefined'
        ? document.createElement('canvas').getContext('2d')
        : null;
  const ctx = context;
  return (text, size, bold) => {
    if (!ctx) return text.length * size * 0.62;
    const font = `${bold ? boldWeight : weight} ${size}px ${family}`;
    const key = `${font}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (font !== contextFont) ctx.font = contextFont = font;
      w = ctx.measureText(text).width;
      // Kept for the page's life (a resize or another chart of the same names measures nothing again), within
      // reason: a page that draws thousands of different names starts over.
      if (widths.size > 20000) widths.clear();
      widths.set(key, w);
    }
    return w;
  };
}

/**
 * Measures again when a web font arrives (loading one may start only once the chart's text is laid out): while
 * `host` is connected, a finished font load empties the widths measured, calls `forget` (the chart drops what
 * it worked out from them) and asks `host` for an update, which lays the chart out again.
 */
export function watchFonts(host: ReactiveControllerHost, forget: () => void): void {
  const onFonts = () => {
    forgetWidths();
    forget();
    host.requestUpdate();
  };
  host.addController({
    hostConnected: () => document.fonts?.addEventListener('loadingdone', onFonts),
    hostDisconnected: () => document.fonts?.removeEventListener('loadingdone', onFonts),
  });
}
