/**
 * How many error boxes (`part="error"`, `tabindex="-1"`) have been drawn on this page, counted where they are
 * made (failure-box.ts, failure-view.ts). failure-focus.ts looks for a new box after an update only when this
 * moved during it: the query walks the whole shadow root, 0.4 to 4 ms per rubric update at 200 capacities
 * (issue 14), and almost every update draws no box. An element's render runs synchronously between its
 * controllers' hostUpdate and hostUpdated, so a change seen there comes from that element's own render.
 */
let drawn = 0;

/** Counts one error box drawn (call where its template is made). */
export function countBox(): void {
  drawn++;
}

/** The number of error boxes drawn so far on this page. */
export function boxesDrawn(): number {
  return drawn;
}
