import type { FrameworkModel } from '../framework/model.js';
import { GROUP_PALETTE } from '../framework/palette.js';

/** CSS colors from the framework become custom properties: only plain color syntax is let through. */
const SAFE_COLOR = /^[#a-z0-9(),.%\s/-]+$/i;

/**
 * A group's color as a CSS value (for `--c`): the page's `--bp-group-color-<groupId>`, else its
 * `--bp-group-color-<n>` (the group's 1-based position), else the framework's color or the library palette's.
 * In the dark scheme that default is lifted to at least oklch lightness 0.7 (same hue), which keeps it above
 * 5:1 on the dark surface; a page's tokens are used as given in both schemes.
 */
export function groupColor(model: FrameworkModel, groupId: string): string {
  const i = Math.max(
    0,
    model.groups.findIndex((g) => g.id === groupId),
  );
  const own = model.groupColor(groupId);
  // Only a color the browser reads: a misspelt one ("bleu") would void the whole value and paint black.
  const valid = SAFE_COLOR.test(own) && (typeof CSS === 'undefined' || CSS.supports('color', own));
  const c = valid ? own : GROUP_PALETTE[i % GROUP_PALETTE.length];
  const fallback = liftable() ? `light-dark(${c},oklch(from ${c} max(l,.7) c h))` : c;
  return `var(--bp-group-color-${groupId},var(--bp-group-color-${i + 1},${fallback}))`;
}

let canLift: boolean | undefined;
/** Whether the browser reads light-dark() and relative oklch() (2024 browsers); else the plain color is used,
 * never a value the browser drops (which would paint the bars black). */
function liftable(): boolean {
  return (canLift ??=
    typeof CSS !== 'undefined' &&
    CSS.supports('color', 'light-dark(red,red)') &&
    CSS.supports('color', 'oklch(from red l c h)'));
}
