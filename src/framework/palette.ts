/**
 * The library's group palette, in order, for groups without a `color`: distinct hues, each at least
 * 4.5:1 against white (so also ≥ 3:1 for graphics, the WCAG 2.2 non-text minimum).
 */
export const GROUP_PALETTE: readonly string[] = Object.freeze([
  '#0b6bb0', // blue
  '#b4490f', // burnt orange
  '#137a4b', // green
  '#8a3b8f', // purple
  '#a3243f', // crimson
  '#0e7470', // teal
  '#7a5c00', // ochre
  '#4c5a9a', // indigo
]);
