/**
 * The heatmap's page is drawn in steps (src/controllers/staged-draw.ts; issue 19: 1,000 teams × 60
 * capacities "without a long task over 200 ms"). A page of 25 teams × 62 cells is about 1,600 table cells;
 * the browser lays out and paints a table in one go, and doing it for the whole page on the first draw
 * measured 130–300 ms in one task. The sections below the heatmap (level counts, summaries, same-stage lists)
 * are drawn after the first full page, in a step of their own, so that their layout is not in the first step
 * either.
 */

/**
 * Rows the first step draws: it also lays out everything above the heatmap and its header, so it draws fewer.
 * Measured (cold, trace CPU, 1,000 teams × 60 capacities) with 8 rows it was the longest step.
 */
export const FIRST_ROWS = 5;

/** Rows each further step draws: about 620 cells. */
export const ROWS_PER_STEP = 10;
