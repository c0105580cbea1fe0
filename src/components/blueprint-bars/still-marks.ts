import { unsafeCSS } from 'lit';

/**
 * Motion off (the token at 0ms, or reduced motion, which sets it to 0): the marks have no transition at all.
 * One of no length still costs each mark Chromium's transition bookkeeping when its level changes, a quarter
 * or more of the style work of an update (issue 14). A query on the token, so motion turned on again brings
 * it back. A plain string in a file of its own, not css``: the build's CSS minifier writes every 0ms as 0s,
 * and a query on an unregistered property compares the value as written ("0ms" is not "0s"), so both
 * spellings are listed; and the minifier skips every template of a file that uses unsafeCSS.
 */
export function stillMarks() {
  return unsafeCSS(
    '@container style(--_motion: 0ms) or style(--_motion: 0s) { .track > .rated { transition: none } }',
  );
}
