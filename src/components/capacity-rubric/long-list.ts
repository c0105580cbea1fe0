/**
 * What a long list (list mode, more than LONG_LIST capacities shown) does differently, shared by the element,
 * which draws it in steps, and its templates, which lay it out lazily and draw its unused notes as stand-ins.
 */

/**
 * From how many capacities a list is long: about two screens of a compact rubric. A shorter one gains nothing
 * from the measures below, and is drawn and laid out in full at once.
 */
export const LONG_LIST = 30;

/**
 * How many capacities at the top of a long list have their note as a text area from the first render (a
 * first screen shows fewer): the notes a person most often starts with never change when used.
 */
export const EAGER_NOTES = 16;

/**
 * A long list is drawn in steps (src/controllers/staged-draw.ts): the capacities of a first screen and more
 * (a capacity is at least 200 px tall), then PER_STEP more in each task after a frame, until all are drawn.
 * 200 capacities drawn at once were one task of 170–290 ms (issue 14's goal: no task over 200 ms); a step of
 * PER_STEP is about a third of that.
 */
export const FIRST_STEP = 16;
export const PER_STEP = 92;
