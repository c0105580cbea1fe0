/**
 * A long list drawn in steps, so that no step is a long task: a first few items, then, once each step is on
 * screen, some more, until the list is full. Each step's script, layout and paint is a task of its own, and
 * the first screen shows after the first step.
 *
 * Used by the network view's heatmap (issue 19: 1,000 teams × 60 capacities "without a long task over
 * 200 ms"; a page of 25 teams × 62 cells drawn at once measured 130–300 ms in one task) and by a long
 * rubric (issue 14: 200 capacities drawn at once measured 170–290 ms in one task).
 *
 * The element's `updateComplete` resolves when the list is full (`complete()`), so code and tests that wait
 * for the element see every item. Items in the list's order only: find-in-page and a screen reader's
 * reading order are those of the full list once it is drawn, a few frames later.
 */
import type { ReactiveControllerHost } from 'lit';
import { nextTask } from '../framework/next-task.js';

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

export interface StagedDrawOptions {
  /** Items the first step draws. */
  readonly first: number;
  /** Items each further step draws. */
  readonly perStep: number;
  /**
   * Whether a step of its own follows the full list, for what the element shows only below a full list
   * (`shown`): the network view's summaries under its heatmap.
   */
  readonly thenBelow?: boolean;
}

export class StagedDraw {
  readonly #host: ReactiveControllerHost;
  readonly #options: StagedDrawOptions;
  #key: readonly unknown[] = [];
  #drawn = 0;
  #total = 0;
  #step?: Promise<void>;
  #generation = 0;
  /**
   * With `thenBelow`: whether the list has been drawn in full since `reset()`, and the step after it taken;
   * what waits for a full list shows from then on.
   */
  shown = false;

  constructor(host: ReactiveControllerHost, options: StagedDrawOptions) {
    this.#host = host;
    this.#options = options;
  }

  /**
   * Called before each render with what identifies the list on screen and its number of items. A new list
   * starts over at `first` items; returns whether it did.
   */
  plan(key: readonly unknown[], total: number): boolean {
    this.#total = total;
    if (key.length === this.#key.length && key.every((k, i) => k === this.#key[i])) return false;
    this.#key = key;
    this.#drawn = Math.min(total, this.#options.first);
    this.#generation++;
    return true;
  }

  /** How many items of the list to draw now. */
  get drawn(): number {
    return Math.min(this.#drawn, this.#total);
  }

  /** Whether some items of the list are still to come. */
  get partial(): boolean {
    return this.#drawn < this.#total;
  }

  /**
   * After a render: the next step once this one is painted (more items, or, with the list full and
   * `thenBelow`, what shows below it), so that each step's layout and paint is a task of its own.
   */
  next(): void {
    if (this.#step || (!this.partial && (this.shown || !this.#options.thenBelow))) return;
    const generation = this.#generation;
    this.#step = afterPaint().then(() => {
      this.#step = undefined;
      if (generation === this.#generation) {
        if (this.partial) this.#drawn += this.#options.perStep;
        else this.shown = true;
      }
      this.#host.requestUpdate();
    });
  }

  /**
   * Draws the whole list at the next render (a person goes to an item not drawn yet): the step under way,
   * if any, then finds nothing more to draw.
   */
  all(): void {
    if (!this.partial) return;
    this.#drawn = this.#total;
    this.#generation++;
    this.#host.requestUpdate();
  }

  /** Forgets the drawn list (and hides what shows below it) until the next list is full. */
  reset(): void {
    this.#key = [];
    this.shown = false;
  }

  /**
   * The element's `updateComplete` once every step is drawn, from its own (`update`: `() =>
   * super.getUpdateComplete()`), so that code and tests that wait for the element see the whole list.
   */
  async complete(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    for (let step = this.#step; step; step = this.#step) {
      await step;
      done = await update();
    }
    return done;
  }
}
