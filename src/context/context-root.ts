import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('blueprint-widgets:context-root');

/**
 * Lets a provider that upgrades after its widgets still reach them: a ContextRoot on the document holds
 * the widgets' context requests until a provider appears, then replays them. The single-file bundle
 * attaches it; npm users who register elements themselves call this once. Safe to call twice.
 */
export function attachContextRoot(target: Element = document.documentElement): void {
  const holder = target as Element & { [ATTACHED]?: boolean };
  if (holder[ATTACHED]) return;
  holder[ATTACHED] = true;
  new ContextRoot().attach(target as HTMLElement);
}
