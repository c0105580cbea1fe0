/**
 * The heatmap's page drawn in steps (issue 19: 1,000 teams × 60 capacities "without a long task over 200 ms").
 * A page of 25 teams × 62 cells is about 1,600 table cells; the browser lays out and paints a table in one go,
 * and doing it for the whole page on the first draw measured 130–300 ms in one task. So a new page (a new
 * cohort, filter, sort or page turn) first draws FIRST_ROWS rows, and each following step, once the last
 * one is on screen, draws ROWS_PER_STEP more, until the page is full. The sections below the heatmap (level counts,
 * summaries, same-stage lists) are drawn after the first full page, so that their layout is not in the first
 * step either. `whenDrawn()` resolves when the page is full: the element's `updateComplete` awaits it, so code
 * and tests that wait for the element see every row.
 */
import type { ReactiveControllerHost } from 'lit';
import { nextTask } from '../../framework/next-task.js';

/**
 * Rows the first step draws: it also lays out everything above the heatmap and its header, so it draws fewer.
 * Measured (cold, trace CPU, 1,000 teams × 60 capacities) with 8 rows it was the longest step.
 */
export const FIRST_ROWS = 5;

/** Rows each further step draws: about 620 cells. */
export const ROWS_PER_STEP = 10;

/** A task after the next frame is painted (or after 200 ms where no frame comes, as in a hidden tab). */
function afterPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // The frame's layout and paint run after the animation frame callbacks: a new task comes after them.
      void nextTask().then(resolve);
    });
  });
}

export class StagedRows {
  readonly #host: ReactiveControllerHost;
  #key: readonly unknown[] = [];
  #drawn = 0;
  #total = 0;
  #step?: Promise<void>;
  #generation = 0;
  /** Whether a page has been drawn in full since `reset()`: the sections below the heatmap show from then on. */
  shown = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * Called before each render with what identifies the page on screen and its number of rows. A new page
   * starts over at FIRST_ROWS rows; returns whether it did.
   */
  plan(key: readonly unknown[], total: number): boolean {
    this.#total = total;
    if (key.length === this.#key.length && key.every((k, i) => k === this.#key[i])) return false;
    this.#key = key;
    this.#drawn = Math.min(total, FIRST_ROWS);
    this.#generation++;
    return true;
  }

  /** How many rows of the page to draw now. */
  get drawn(): number {
    return Math.min(this.#drawn, this.#total);
  }

  /** Whether some rows of the page are still to come. */
  get partial(): boolean {
    return this.#drawn < this.#total;
  }

  /**
   * After a render: the next step once this one is painted (more rows, or, with the page full, the sections
   * below shown), so that each step's layout and paint is a task of its own.
   */
  next(): void {
    if (this.#step || (!this.partial && this.shown)) return;
    const generation = this.#generation;
    this.#step = afterPaint().then(() => {
      this.#step = undefined;
      if (generation === this.#generation) {
        if (this.partial) this.#drawn += ROWS_PER_STEP;
        else this.shown = true;
      }
      this.#host.requestUpdate();
    });
  }

  /** Forgets the drawn page and hides the sections below until the next page is full (new teams). */
  reset(): void {
    this.#key = [];
    this.shown = false;
  }

  /** Resolves when the page on screen is drawn in full (now, if it is). */
  get pending(): Promise<void> | undefined {
    return this.#step;
  }
}
