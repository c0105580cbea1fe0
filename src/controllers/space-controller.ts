/**
 * The space a chart draws in (`<blueprint-bars>`, `<blueprint-trend>`): a probe box at the top of the host's
 * shadow root, as wide as the host and one label-em tall (each chart styles `.probe`), and one ResizeObserver
 * for every chart on the page that reports the probe's width and text settings to the chart.
 *
 * The observer's reports come after a frame's layout and before its paint, so a chart drawn for a new space
 * is in that frame. Drawing may move probes again in the same frame (the page grows a scroll bar, a
 * shrink-to-fit container grows), and a second report within one frame is what browsers call a
 * "ResizeObserver loop" error (an error event on the page): so once any chart draws, the observer rests for
 * the rest of the frame and watches every probe again from the next one (a probe that moved meanwhile is
 * reported then, as any resize). One observer for every chart also means two charts cannot make that loop
 * between them. A plain ResizeObserver: @lit-labs/observers' ResizeController would add about 1 kB gzip for
 * these few lines.
 */
import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a chart does with its probe's new width and computed style: true when it draws again for them. */
export type OnSpace = (width: number, style: CSSStyleDeclaration) => boolean;

/** Every chart on the page, by its probe: what it does with a report. */
const charts = new Map<Element, (width: number) => boolean>();
let observer: ResizeObserver | undefined;
let resting = false;

function report(entries: readonly ResizeObserverEntry[]) {
  let drawn = false;
  for (const e of entries) drawn = (charts.get(e.target)?.(e.contentRect.width) ?? false) || drawn;
  if (!drawn || resting) return;
  resting = true;
  observer!.disconnect();
  requestAnimationFrame(() => {
    resting = false;
    for (const probe of charts.keys()) observer!.observe(probe);
  });
}

/** Whether a chart's space read now differs from the one it drew for (none yet, or any setting): then it draws again. */
export function spaceChanged<T extends object>(now: T | undefined, next: T): boolean {
  return !now || (Object.keys(next) as (keyof T)[]).some((k) => next[k] !== now[k]);
}

/**
 * Adds the space's controller to a chart: a probe at the top of its shadow root, watched by the page's one
 * observer while the chart is connected; `onSpace` gets the probe's width and computed style on each report
 * (only from the observer: its callback comes after the frame's layout and before its paint, so reading the
 * style forces no layout, and what the chart draws for it is in that frame). Returns the chart's wait for
 * the next report, which comes in the next frame for a probe laid out; a chart that is not laid out
 * (`display: none`, a closed `<details>`) gets none until it is shown, so the wait ends anyway after two
 * frames, or a second where frames do not run (a background tab).
 */
export function watchSpace(host: Host, onSpace: OnSpace): () => Promise<void> {
  let probe: HTMLElement | undefined;
  const waits: (() => void)[] = [];
  const read = (width: number) => {
    const drawn = onSpace(width, getComputedStyle(probe!));
    // After the frame, not inside the observer's step: code awaiting the chart's `updateComplete` would
    // otherwise go on there, and what it changes would be a second report in this frame (a loop error).
    if (waits.length) setTimeout(() => waits.splice(0).forEach((resolve) => resolve()));
    return drawn;
  };
  host.addController({
    hostConnected() {
      if (!probe) {
        // Outside Lit's part of the shadow root, so it stays through every render (status, error, chart);
        // empty and hidden (each chart's `.probe` rule), so nothing reads it.
        probe = document.createElement('div');
        probe.className = 'probe';
        host.renderRoot.prepend(probe);
      }
      charts.set(probe, read);
      observer ??= new ResizeObserver(report);
      if (!resting) observer.observe(probe);
    },
    hostDisconnected() {
      charts.delete(probe!);
      observer?.unobserve(probe!);
    },
  });
  return () =>
    new Promise<void>((resolve) => {
      waits.push(resolve);
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      setTimeout(resolve, 1000);
    });
}
