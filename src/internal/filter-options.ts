/**
 * Which options a filter panel lists (`<resource-library>` and `<provider-list>`): an option that would give
 * no result is noise ("Video (0)"), so it stays out, unless it is chosen (it can be unticked) or it is the
 * checkbox that has focus (ticking an option off can bring its count to 0: it stays under the person's
 * focus until they move on, never dropping focus to the page).
 */

/** The value of the filter checkbox that has focus in `root`, if it belongs to `dimension`. */
export function focusedOption(root: DocumentOrShadowRoot | null, dimension: string): string | undefined {
  const active = root?.activeElement;
  if (!(active instanceof HTMLInputElement) || active.type !== 'checkbox') return undefined;
  const fieldset = active.closest<HTMLElement>('[data-dimension]');
  return fieldset?.dataset.dimension === dimension ? active.value : undefined;
}

/** The options to list: those with results, the chosen ones and the focused one, in their order. */
export function listedOptions<T extends { readonly id: string }>(
  options: readonly T[],
  counts: ReadonlyMap<string, number> | undefined,
  isChosen: (id: string) => boolean,
  focused: string | undefined,
): readonly T[] {
  return options.filter((o) => (counts?.get(o.id) ?? 0) > 0 || isChosen(o.id) || o.id === focused);
}
